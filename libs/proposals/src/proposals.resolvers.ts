import {
  AmendmentAuthorResolver,
  CommentAuthorResolver,
  CommentRepliesResolver,
  GroupProposalsResolver,
  ProposalAuthorUserResolver,
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
  RevisionAuthorResolver,
  AmendmentAuthorResolver,
  StepActorResolver,
  CommentAuthorResolver,
];
