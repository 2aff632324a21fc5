import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf, Paginated } from '@ouvroir/core';
import { AMENDMENT_STATUSES, AmendmentStatus, COMMENT_STATUSES, CommentStatus } from '../proposal-parts.entity';
import { PROPOSAL_STATES, ProposalState } from '../proposal.entity';
import { Transition, TRANSITIONS } from '../proposals.policy';

export const ProposalStateEnum = enumOf(PROPOSAL_STATES);
export const ProposalTransitionEnum = enumOf(Object.keys(TRANSITIONS) as Transition[]);
export const CommentStatusEnum = enumOf(COMMENT_STATUSES);
export const AmendmentStatusEnum = enumOf(AMENDMENT_STATUSES);
export const DiffKindEnum = enumOf(['same', 'inserted', 'deleted'] as const);
export const AuthorshipStatusEnum = enumOf(['invited', 'accepted'] as const);
registerEnumType(AuthorshipStatusEnum, { name: 'AuthorshipStatus', description: 'Auteur, ou invité à co-écrire.' });
registerEnumType(ProposalStateEnum, { name: 'ProposalState', description: 'Où en est une proposition.' });
registerEnumType(ProposalTransitionEnum, {
  name: 'ProposalTransition',
  description: 'Les passages d’un état à l’autre ; voting, adopted et rejected ne viennent que des scrutins.',
});
registerEnumType(CommentStatusEnum, { name: 'CommentStatus' });
registerEnumType(AmendmentStatusEnum, { name: 'AmendmentStatus' });
registerEnumType(DiffKindEnum, { name: 'DiffKind' });

@ObjectType('Proposal', { description: 'Une proposition rédigée dans un groupe de travail.' })
export class ProposalModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field({ description: 'Le texte, en Markdown (voir bodyHtml pour l’afficher).' })
  body: string;

  @Field(() => ProposalStateEnum)
  state: ProposalState;

  @Field(() => [String])
  tags: string[];

  @Field(() => Int, { description: 'Le numéro de la dernière révision : un enregistrement le rappelle.' })
  revisionNumber: number;

  @Field(() => Int)
  supportCount: number;

  @Field(() => Int)
  commentCount: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  groupId: string;
  committeeId: string | null;
}

@ObjectType('ProposalConnection')
export class ProposalConnection extends Paginated(ProposalModel) {}

@ObjectType('ProposalAuthor', { description: 'Un auteur, ou une personne invitée à co-écrire.' })
export class ProposalAuthorModel {
  @Field(() => AuthorshipStatusEnum)
  status: 'invited' | 'accepted';

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  userId: string;
  invitedBy: string | null;
}

@ObjectType('ProposalPermissions', { description: 'Ce que la personne connectée peut faire ici.' })
export class ProposalPermissionsModel {
  @Field()
  edit: boolean;

  @Field()
  comment: boolean;

  @Field()
  support: boolean;

  @Field()
  amend: boolean;

  @Field()
  inviteCoauthors: boolean;

  @Field()
  moderate: boolean;
}

@ObjectType('Revision', { description: 'Un enregistrement du titre, du résumé ou du texte.' })
export class RevisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true, description: 'L’amendement que cette révision applique.' })
  amendmentId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  authorId: string;
}

@ObjectType('RevisionConnection')
export class RevisionConnection extends Paginated(RevisionModel) {}

@ObjectType('DiffSegment', { description: 'Un morceau de texte, identique, ajouté ou supprimé.' })
export class DiffSegmentModel {
  @Field(() => DiffKindEnum)
  kind: 'same' | 'inserted' | 'deleted';

  @Field()
  text: string;
}

@ObjectType('RevisionDiff', { description: 'Deux révisions comparées mot à mot.' })
export class RevisionDiffModel {
  @Field(() => [DiffSegmentModel])
  title: DiffSegmentModel[];

  @Field(() => [DiffSegmentModel])
  summary: DiffSegmentModel[];

  @Field(() => [DiffSegmentModel])
  body: DiffSegmentModel[];

  @Field({
    description:
      'Vrai quand un champ a trop changé pour être comparé mot à mot : il donne alors l’ancien texte entier supprimé, puis le nouveau ajouté.',
  })
  givenUp: boolean;
}

@ObjectType('Comment', { description: 'Un commentaire, ou une réponse à un commentaire.' })
export class CommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Vide quand le commentaire est supprimé ; null quand il est masqué, sauf pour les animateurs du groupe et les administrateurs.',
  })
  body: string | null;

  @Field(() => CommentStatusEnum)
  status: CommentStatus;

  @Field(() => String, { nullable: true, description: 'Pourquoi un animateur l’a masqué.' })
  moderationReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  authorId: string;
}

@ObjectType('CommentConnection')
export class CommentConnection extends Paginated(CommentModel) {}

@ObjectType('Amendment', {
  description: 'Un nouveau texte proposé par un membre ; les auteurs l’acceptent ou le rejettent.',
})
export class AmendmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'La révision dont il réécrit le texte.' })
  baseRevision: number;

  @Field()
  body: string;

  @Field()
  explanation: string;

  @Field(() => AmendmentStatusEnum)
  status: AmendmentStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  authorId: string;
  proposalId: string;
}

@ObjectType('ProposalStep', { description: 'Un passage de la proposition d’un état à un autre.' })
export class ProposalStepModel {
  @Field(() => ProposalStateEnum, { nullable: true })
  fromState: ProposalState | null;

  @Field(() => ProposalStateEnum)
  toState: ProposalState;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  actorId: string | null;
}

@InputType('ProposalInput')
export class ProposalInput {
  @Field()
  title: string;

  @Field({ nullable: true })
  summary?: string;

  @Field({ nullable: true, description: 'Markdown.' })
  body?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@InputType('ProposalFilter')
export class ProposalFilterInput {
  @Field(() => [ProposalStateEnum], { nullable: true })
  states?: ProposalState[];

  @Field({ nullable: true, description: 'Recherche en français, accents ignorés ; les meilleurs résultats d’abord.' })
  search?: string;
}
