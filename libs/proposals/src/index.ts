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
export { proposalsLibrary } from './proposals.library';
