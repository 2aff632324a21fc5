import { DomainLibrary } from '@ouvroir/core';
import { PROPOSALS_AUDIT_ACTIONS } from './proposals.audit';
import { CreateProposals1764360000000 } from './migrations/1764360000000-CreateProposals';
import { ProposalCursorsToMilliseconds1782200000000 } from './migrations/1782200000000-ProposalCursorsToMilliseconds';
import {
  AmendmentEntity,
  CommentEntity,
  ProposalAuthorEntity,
  RevisionEntity,
  SupportEntity,
  TransitionEntity,
} from './proposal-parts.entity';
import { ProposalEntity } from './proposal.entity';
import { ProposalsModule } from './proposals.module';
import { PROPOSALS_RESOLVERS } from './proposals.resolvers';

export const proposalsLibrary: DomainLibrary = {
  name: 'proposals',
  module: ProposalsModule,
  entities: [
    ProposalEntity,
    ProposalAuthorEntity,
    RevisionEntity,
    CommentEntity,
    AmendmentEntity,
    SupportEntity,
    TransitionEntity,
  ],
  migrations: [CreateProposals1764360000000, ProposalCursorsToMilliseconds1782200000000],
  resolvers: PROPOSALS_RESOLVERS,
  auditActions: PROPOSALS_AUDIT_ACTIONS,
};
