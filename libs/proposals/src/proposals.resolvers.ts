import {
  AmendmentAuthorResolver,
  CommentAuthorResolver,
  CommentRepliesResolver,
  GroupProposalsResolver,
  ProposalAuthorUserResolver,
  ProposalInviterResolver,
  ProposalsResolver,
  RevisionAuthorResolver,
  StepActorResolver,
} from './proposals.resolver';

/** Every resolver of the library: the module provides them, the schema printer lists them. */
export const PROPOSALS_RESOLVERS = [
  ProposalsResolver,
  GroupProposalsResolver,
  CommentRepliesResolver,
  ProposalAuthorUserResolver,
  ProposalInviterResolver,
  RevisionAuthorResolver,
  AmendmentAuthorResolver,
  StepActorResolver,
  CommentAuthorResolver,
];
