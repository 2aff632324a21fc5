import { CreateProposals1764360000000 } from './migrations/1764360000000-CreateProposals';

export { ProposalModel } from './models/proposal.models';
export { ProposalEntity } from './proposal.entity';
export { ProposalsModule } from './proposals.module';
export { PROPOSALS_RESOLVERS } from './proposals.resolvers';
export { Transition } from './proposals.policy';
export { ProposalsService } from './proposals.service';
export {
  AmendmentEntity,
  CommentEntity,
  ProposalAuthorEntity,
  RevisionEntity,
  SupportEntity,
  TransitionEntity,
} from './proposal-parts.entity';

/** This library's tables, in the order they were added. */
export const proposalsMigrations = [CreateProposals1764360000000];
