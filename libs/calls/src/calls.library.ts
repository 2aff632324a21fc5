import { DomainLibrary } from '@ouvroir/core';
import { CallEntity, CallReviewerEntity } from './call.entity';
import { CALLS_AUDIT_ACTIONS } from './calls.audit';
import { CallsModule } from './calls.module';
import { CALLS_RESOLVERS } from './calls.resolvers';
import { CreateCalls1781200000001 } from './migrations/1781200000001-CreateCalls';
import { CallCursorsToMilliseconds1782200000001 } from './migrations/1782200000001-CallCursorsToMilliseconds';
import { MilestoneEntity, ReviewEntity } from './review.entity';
import { ApplicantEntity, SubmissionEntity, SubmissionRevisionEntity } from './submission.entity';

export const callsLibrary: DomainLibrary = {
  name: 'calls',
  module: CallsModule,
  entities: [
    CallEntity,
    CallReviewerEntity,
    SubmissionEntity,
    ApplicantEntity,
    SubmissionRevisionEntity,
    ReviewEntity,
    MilestoneEntity,
  ],
  migrations: [CreateCalls1781200000001, CallCursorsToMilliseconds1782200000001],
  resolvers: CALLS_RESOLVERS,
  auditActions: CALLS_AUDIT_ACTIONS,
};
