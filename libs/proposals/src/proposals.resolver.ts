import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, PageArgs, renderMarkdown, requestLoader } from '@ouvroir/core';
import { GroupEntity, groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import { Actor, CurrentActor, IdentityService, OptionalActor, personField } from '@ouvroir/identity';
import {
  AmendmentModel,
  CommentConnection,
  CommentModel,
  ProposalAuthorModel,
  ProposalConnection,
  ProposalFilterInput,
  ProposalInput,
  ProposalModel,
  ProposalPermissionsModel,
  ProposalStepModel,
  ProposalTransitionEnum,
  RevisionConnection,
  RevisionDiffModel,
  RevisionModel,
} from './models/proposal.models';
import { CommentEntity } from './proposal-parts.entity';
import { ProposalEntity } from './proposal.entity';
import type { Transition } from './proposals.policy';
import { ProposalsService } from './proposals.service';

/**
 * What the fields doing more than reading cost in a query (against GRAPHQL_MAX_COST, 5,000 by
 * default; a plain field costs 1): rendering Markdown of up to 100 KB, a full-text search, a word diff.
 */
const COST = { preview: 1_000, diff: 1_000, search: 50, render: 10 };

/** Where the viewer stands towards each proposal of the response, batched. */
const viewers = (context: object, proposals: ProposalsService, actor: Actor | null) =>
  requestLoader(context, 'proposalViewers', (keys: readonly ProposalEntity[]) => proposals.viewersOf(actor, keys));

@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
  ) {}

  @Query(() => ProposalModel, { description: 'Une proposition.' })
  proposal(@OptionalActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.proposals.get(actor, id);
  }

  @Query(() => ProposalConnection, {
    description:
      'Recherche en français dans toutes les propositions que je peux lire, les meilleurs résultats d’abord.',
    complexity: ({ args, childComplexity }) => COST.search + args.first * childComplexity,
  })
  searchProposals(
    @OptionalActor() actor: Actor | null,
    @Args('search') search: string,
    @Args() { first, after }: PageArgs,
  ) {
    return this.proposals.searchAll(actor, search, first, after);
  }

  @Query(() => String, {
    description:
      'Personnes identifiées : le HTML sûr d’un texte Markdown, pour l’aperçu de l’éditeur (comme bodyHtml une fois enregistré).',
    complexity: COST.preview,
  })
  markdownPreview(@CurrentActor() _actor: Actor, @Args('markdown') markdown: string): string {
    return this.proposals.preview(markdown);
  }

  @Mutation(() => ProposalModel, { description: 'Membres du groupe : commence une proposition (brouillon).' })
  createProposal(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: ProposalInput,
  ) {
    return this.proposals.create(actor, groupId, input);
  }

  @Mutation(() => ProposalModel, {
    description: 'Auteurs : enregistre une nouvelle révision, à partir de la révision baseRevision (sinon CONFLICT).',
  })
  saveProposal(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('baseRevision', { type: () => Int }) baseRevision: number,
    @Args('input') input: ProposalInput,
  ) {
    return this.proposals.save(actor, proposalId, baseRevision, input);
  }

  @Mutation(() => Boolean, { description: 'Auteurs : invite un membre du groupe à co-écrire.' })
  async inviteCoauthor(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    await this.proposals.inviteCoauthor(actor, proposalId, userId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Accepte ou décline l’invitation à co-écrire.' })
  async respondToCoauthorship(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('accept') accept: boolean,
  ) {
    await this.proposals.respondToCoauthorship(actor, proposalId, accept);
    return true;
  }

  @Mutation(() => ProposalModel, {
    description: 'Fait avancer la proposition dans son parcours (voir allowedTransitions).',
  })
  transitionProposal(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('transition', { type: () => ProposalTransitionEnum }) transition: Transition,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.proposals.transition(actor, proposalId, transition, reason);
  }

  @Mutation(() => ProposalModel, { description: '« Je soutiens » (support: true) ou retire son soutien.' })
  supportProposal(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('support') support: boolean,
  ) {
    return this.proposals.setSupport(actor, proposalId, support);
  }

  @Mutation(() => CommentModel, { description: 'Commente, ou répond à un commentaire (parentId).' })
  addComment(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
  ) {
    return this.proposals.addComment(actor, proposalId, body, parentId);
  }

  @Mutation(() => CommentModel, { description: 'Son auteur modifie un commentaire.' })
  editComment(
    @CurrentActor() actor: Actor,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('body') body: string,
  ) {
    return this.proposals.editComment(actor, commentId, body);
  }

  @Mutation(() => Boolean, { description: 'Son auteur supprime un commentaire.' })
  async deleteComment(@CurrentActor() actor: Actor, @Args('commentId', { type: () => ID }) commentId: string) {
    await this.proposals.deleteComment(actor, commentId);
    return true;
  }

  @Mutation(() => CommentModel, { description: 'Animateurs : masque un commentaire, avec un motif (journalisé).' })
  hideComment(
    @CurrentActor() actor: Actor,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('reason') reason: string,
  ) {
    return this.proposals.hideComment(actor, commentId, reason);
  }

  @Mutation(() => AmendmentModel, { description: 'Membres : propose un nouveau texte pour la proposition.' })
  proposeAmendment(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('body') body: string,
    @Args('explanation', { nullable: true }) explanation?: string,
  ) {
    return this.proposals.proposeAmendment(actor, proposalId, body, explanation);
  }

  @Mutation(() => AmendmentModel, { description: 'Auteurs : accepte un amendement, ou le rejette avec un motif.' })
  decideAmendment(
    @CurrentActor() actor: Actor,
    @Args('amendmentId', { type: () => ID }) amendmentId: string,
    @Args('accept') accept: boolean,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.proposals.decideAmendment(actor, amendmentId, accept, reason);
  }

  @Mutation(() => AmendmentModel, { description: 'Son auteur retire un amendement en attente.' })
  withdrawAmendment(@CurrentActor() actor: Actor, @Args('amendmentId', { type: () => ID }) amendmentId: string) {
    return this.proposals.withdrawAmendment(actor, amendmentId);
  }

  @ResolveField(() => String, { description: 'Le texte rendu en HTML sûr.', complexity: COST.render })
  bodyHtml(@Parent() proposal: ProposalEntity): string {
    return renderMarkdown(proposal.body);
  }

  @ResolveField(() => GroupModel, { nullable: true })
  group(@Parent() proposal: ProposalEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return groupLoader(context, this.groups, actor).load(proposal.groupId);
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'Le comité auquel elle s’adresse.' })
  committee(@Parent() proposal: ProposalEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return proposal.committeeId ? groupLoader(context, this.groups, actor).load(proposal.committeeId) : null;
  }

  @ResolveField(() => [ProposalAuthorModel], { description: 'Auteurs acceptés d’abord, puis invités.' })
  authors(@Parent() proposal: ProposalEntity, @Context() context: object) {
    return requestLoader(context, 'proposalAuthors', (ids: readonly string[]) => this.proposals.authorsOf(ids)).load(
      proposal.id,
    );
  }

  @ResolveField(() => Boolean, { description: 'Vrai quand je soutiens cette proposition.' })
  viewerSupports(@Parent() proposal: ProposalEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return requestLoader(context, 'proposalSupports', (ids: readonly string[]) =>
      this.proposals.supportedBy(actor, ids),
    ).load(proposal.id);
  }

  @ResolveField(() => [ProposalTransitionEnum], {
    description: 'Les passages que je peux faire maintenant : la page n’affiche que ces boutons.',
  })
  async allowedTransitions(
    @Parent() proposal: ProposalEntity,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
  ) {
    return this.proposals.allowedTransitions(proposal, await viewers(context, this.proposals, actor).load(proposal));
  }

  @ResolveField(() => ProposalPermissionsModel)
  async viewerPermissions(
    @Parent() proposal: ProposalEntity,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
  ) {
    return this.proposals.permissions(proposal, await viewers(context, this.proposals, actor).load(proposal));
  }

  @ResolveField(() => RevisionConnection, { description: 'Les révisions, la plus récente d’abord.' })
  revisions(@Parent() proposal: ProposalEntity, @Args() { first, after }: PageArgs) {
    return this.proposals.revisions(proposal, first, after);
  }

  @ResolveField(() => RevisionModel)
  revision(@Parent() proposal: ProposalEntity, @Args('number', { type: () => Int }) number: number) {
    return this.proposals.revision(proposal, number);
  }

  @ResolveField(() => RevisionDiffModel, {
    description: 'Deux révisions comparées mot à mot ; une seule comparaison par requête.',
    complexity: COST.diff,
  })
  diff(
    @Parent() proposal: ProposalEntity,
    @Context() context: { diffs?: number },
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ) {
    // Its cost alone would let a few through; one is all the history page needs.
    context.diffs = (context.diffs ?? 0) + 1;
    if (context.diffs > 1) {
      throw new DomainError(
        'QUERY_TOO_COMPLEX',
        'Une seule comparaison de révisions par requête : demandez la suivante dans une autre requête.',
      );
    }
    return this.proposals.diff(proposal, from, to);
  }

  @ResolveField(() => CommentConnection, {
    description: 'Les commentaires, du plus ancien au plus récent, et leurs réponses.',
  })
  comments(
    @Parent() proposal: ProposalEntity,
    @OptionalActor() actor: Actor | null,
    @Args() { first, after }: PageArgs,
  ) {
    return this.proposals.comments(actor, proposal, first, after);
  }

  @ResolveField(() => [AmendmentModel], { description: 'Les amendements, le plus récent d’abord.' })
  amendments(@Parent() proposal: ProposalEntity) {
    return this.proposals.amendments(proposal);
  }

  @ResolveField(() => [ProposalStepModel], {
    description: 'Le parcours de la proposition, du premier état au dernier.',
  })
  timeline(@Parent() proposal: ProposalEntity) {
    return this.proposals.timeline(proposal);
  }
}

@Resolver(() => GroupModel)
export class GroupProposalsResolver {
  constructor(private readonly service: ProposalsService) {}

  @ResolveField(() => ProposalConnection, {
    description:
      'Les propositions du groupe, les plus récemment modifiées d’abord (les meilleurs résultats avec search).',
  })
  proposals(
    @Parent() group: GroupEntity,
    @OptionalActor() actor: Actor | null,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: ProposalFilterInput,
  ) {
    return this.service.listOfGroup(actor, group.id, filter ?? {}, first, after);
  }
}

// The people the parts of a proposal name: authors, revisions, comments, amendments, steps.
export const ProposalAuthorUserResolver = personField(ProposalAuthorModel, 'userId', 'La personne.');
export const ProposalInviterResolver = personField(ProposalAuthorModel, 'invitedBy', 'Qui l’a invitée à co-écrire.');
export const RevisionAuthorResolver = personField(RevisionModel, 'authorId', 'Qui l’a enregistrée.');
export const AmendmentAuthorResolver = personField(AmendmentModel, 'authorId', 'Qui le propose.');
export const StepActorResolver = personField(
  ProposalStepModel,
  'actorId',
  'Qui l’a fait ; vide pour un résultat de vote.',
);
export const CommentAuthorResolver = personField(CommentModel, 'authorId', 'Qui l’a écrit.');

@Resolver(() => CommentModel)
export class CommentRepliesResolver {
  constructor(private readonly proposals: ProposalsService) {}

  @ResolveField(() => [CommentModel], { description: 'Les réponses (un seul niveau).' })
  replies(@Parent() comment: CommentEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    if (comment.parentId) return [];
    return requestLoader(context, 'commentReplies', (ids: readonly string[]) =>
      this.proposals.repliesTo(actor, ids),
    ).load(comment.id);
  }
}
