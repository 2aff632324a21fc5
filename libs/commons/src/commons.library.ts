import { DomainLibrary } from '@ouvroir/core';
import {
  CommonDecisionEntity,
  CommonMaintainerEntity,
  CommonMessageEntity,
  CommonRepositoryEntity,
  CommonRevisionEntity,
  CommonScolomfrEntity,
  CommonUsageEntity,
  ScolomfrConceptEntity,
} from './common-parts.entity';
import { CommonEntity } from './common.entity';
import { COMMONS_AUDIT_ACTIONS } from './commons.audit';
import { CommonsModule } from './commons.module';
import { COMMONS_RESOLVERS } from './commons.resolvers';
import { CreateCommons1781000000000 } from './migrations/1781000000000-CreateCommons';
import { SeedScolomfr1781000000001 } from './migrations/1781000000001-SeedScolomfr';
import { SeedScolomfrSubjects1781900000000 } from './migrations/1781900000000-SeedScolomfrSubjects';

export const COMMONS_ENTITIES = [
  CommonEntity,
  CommonRevisionEntity,
  CommonRepositoryEntity,
  CommonMaintainerEntity,
  CommonUsageEntity,
  ScolomfrConceptEntity,
  CommonScolomfrEntity,
  CommonDecisionEntity,
  CommonMessageEntity,
];

export const commonsLibrary: DomainLibrary = {
  name: 'commons',
  module: CommonsModule,
  entities: COMMONS_ENTITIES,
  migrations: [CreateCommons1781000000000, SeedScolomfr1781000000001, SeedScolomfrSubjects1781900000000],
  resolvers: COMMONS_RESOLVERS,
  auditActions: COMMONS_AUDIT_ACTIONS,
};
