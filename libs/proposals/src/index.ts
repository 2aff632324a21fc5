export { ProposalConnection, ProposalModel, ProposalStateEnum } from './models/proposal.models';
export { primeAuthors } from './proposal-loaders';
export { ProposalEntity } from './proposal.entity';
export { ProposalsModule } from './proposals.module';
export { PROPOSALS_RESOLVERS } from './proposals.resolvers';
export { PROPOSAL_STATE_LABELS, Transition } from './proposals.policy';
export { ProposalBrowse, ProposalList, ProposalsService } from './proposals.service';
export { AcceptedAmendment, ContributionsService } from './contributions.service';
export { AmendmentsService } from './amendments.service';
export { CoauthorsService } from './coauthors.service';
export { CommentsService } from './comments.service';
export { RevisionsService } from './revisions.service';
export { SupportsService } from './supports.service';
export { WorkflowService } from './workflow.service';
export {
  ProposalsStatisticsService,
  StatisticsPeriod,
  StatisticsScope,
} from './statistics/proposals-statistics.service';
export type { ContributorKind } from './statistics/proposals-statistics.repository';
export {
  AmendmentEntity,
  CommentEntity,
  ProposalAuthorEntity,
  RevisionEntity,
  SupportEntity,
  TransitionEntity,
} from './proposal-parts.entity';
export { proposalsLibrary } from './proposals.library';
export { proposalRoom } from './proposal-room';
