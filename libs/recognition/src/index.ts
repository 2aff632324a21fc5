export { AttestationEntity } from './attestation.entity';
export { AttestationsService } from './attestations.service';
export { BadgesService, JWKS_PATH } from './badges.service';
export { ProfilesService } from './profiles.service';
export { recognitionLibrary } from './recognition.library';
export { RecognitionModule } from './recognition.module';
export { recognitionPolicy } from './recognition.policy';
