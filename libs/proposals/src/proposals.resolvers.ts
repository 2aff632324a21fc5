import { personField } from '@ouvroir/identity';
import { AmendmentsResolver } from './amendments.resolver';
import { CoauthorsResolver } from './coauthors.resolver';
import { CommentRepliesResolver, CommentsResolver } from './comments.resolver';
import {
  AmendmentModel,
  CommentModel,
  ProposalAuthorModel,
  ProposalStepModel,
  RevisionModel,
} from './models/proposal.models';
import { GroupProposalsResolver, ProposalsResolver } from './proposals.resolver';
import { RevisionsResolver } from './revisions.resolver';
import { SupportsResolver } from './supports.resolver';
import { WorkflowResolver } from './workflow.resolver';

// The people the parts of a proposal name: authors, revisions, comments, amendments, steps.
const ProposalAuthorUserResolver = personField(ProposalAuthorModel, 'userId', 'La personne.');
const ProposalInviterResolver = personField(ProposalAuthorModel, 'invitedBy', 'Qui l’a invitée à co-écrire.');
const RevisionAuthorResolver = personField(RevisionModel, 'authorId', 'Qui l’a enregistrée.');
const AmendmentAuthorResolver = personField(AmendmentModel, 'authorId', 'Qui le propose.');
const StepActorResolver = personField(ProposalStepModel, 'actorId', 'Qui l’a fait ; vide pour un résultat de vote.');
const CommentAuthorResolver = personField(CommentModel, 'authorId', 'Qui l’a écrit.');

/** Every resolver of the library: the module provides them, the schema printer lists them. */
export const PROPOSALS_RESOLVERS = [
  ProposalsResolver,
  GroupProposalsResolver,
  RevisionsResolver,
  CoauthorsResolver,
  WorkflowResolver,
  SupportsResolver,
  CommentsResolver,
  CommentRepliesResolver,
  AmendmentsResolver,
  ProposalAuthorUserResolver,
  ProposalInviterResolver,
  RevisionAuthorResolver,
  AmendmentAuthorResolver,
  StepActorResolver,
  CommentAuthorResolver,
];
