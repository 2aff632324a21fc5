import { DomainLibrary } from '@ouvroir/core';
import { AttestationEntity } from './attestation.entity';
import { CreateAttestation1781400000001 } from './migrations/1781400000001-CreateAttestation';
import { RECOGNITION_AUDIT_ACTIONS } from './recognition.audit';
import { RecognitionModule } from './recognition.module';
import { RECOGNITION_RESOLVERS } from './recognition.resolver';

/** Opt-in public profiles, attestations and their Open Badges: reads of the other domains, one table. */
export const recognitionLibrary: DomainLibrary = {
  name: 'recognition',
  module: RecognitionModule,
  entities: [AttestationEntity],
  migrations: [CreateAttestation1781400000001],
  resolvers: RECOGNITION_RESOLVERS,
  auditActions: RECOGNITION_AUDIT_ACTIONS,
};
