import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { PageArgs, Public, renderMarkdown, SignedIn } from '@ouvroir/core';
import { GroupEntity, groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import { Actor, actorOf, CurrentActor, IdentityService, OptionalActor } from '@ouvroir/identity';
import {
  ProposalAuthorModel,
  ProposalConnection,
  ProposalFilterInput,
  ProposalInput,
  ProposalModel,
  ProposalPermissionsModel,
  ProposalStateEnum,
  ProposalTransitionEnum,
} from './models/proposal.models';
import { authorsLoader, primeAuthors, viewersLoader } from './proposal-loaders';
import { ProposalEntity, ProposalState } from './proposal.entity';
import { ProposalList, ProposalsService } from './proposals.service';

/**
 * What the fields doing more than reading cost in a query (against GRAPHQL_MAX_COST, 5,000 by
 * default; a plain field costs 1): rendering Markdown of up to 100 KB, a full-text search, a word diff.
 */
export const COST = { preview: 1_000, diff: 1_000, search: 50, render: 10 };

@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
  ) {}

  @Public()
  @Query(() => ProposalModel, { description: 'Une proposition.' })
  async proposal(
    @OptionalActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: object,
  ) {
    const { proposal, viewer, authors } = await this.proposals.readable(actor, id);
    viewersLoader(context, this.proposals, actor).prime(proposal, viewer);
    authorsLoader(context, this.proposals).prime(proposal.id, authors);
    return proposal;
  }

  @Public()
  @Query(() => ProposalConnection, {
    description:
      'Les propositions que je peux lire : les plus récemment modifiées d’abord, ou, avec search (en français), les meilleurs résultats d’abord.',
    complexity: ({ args, childComplexity }) => COST.search + args.first * childComplexity,
  })
  async searchProposals(
    @OptionalActor() actor: Actor | null,
    @Args() { first, after }: PageArgs,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
    @Args('search', { defaultValue: '' }) search: string,
    @Args('states', { type: () => [ProposalStateEnum], nullable: true }) states?: ProposalState[],
  ) {
    return this.listed(context, info, await this.proposals.browse(actor, { search, states }, first, after));
  }

  @SignedIn()
  @Mutation(() => ProposalModel, { description: 'Membres du groupe : commence une proposition (brouillon).' })
  createProposal(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: ProposalInput,
  ) {
    return this.proposals.create(actor, groupId, input);
  }

  @ResolveField(() => String, { description: 'Le texte rendu en HTML sûr.', complexity: COST.render })
  bodyHtml(proposal: ProposalEntity): string {
    return renderMarkdown(proposal.body);
  }

  @ResolveField(() => GroupModel, { nullable: true })
  group(proposal: ProposalEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return groupLoader(context, this.groups, actor).load(proposal.groupId);
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'Le comité auquel elle s’adresse.' })
  committee(proposal: ProposalEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return proposal.committeeId ? groupLoader(context, this.groups, actor).load(proposal.committeeId) : null;
  }

  @ResolveField(() => [ProposalAuthorModel], { description: 'Auteurs acceptés d’abord, puis invités.' })
  authors(proposal: ProposalEntity, _args: unknown, context: object) {
    return authorsLoader(context, this.proposals).get(proposal.id);
  }

  @ResolveField(() => [ProposalTransitionEnum], {
    description: 'Les passages que je peux faire maintenant : la page n’affiche que ces boutons.',
  })
  async allowedTransitions(proposal: ProposalEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    const viewer = await viewersLoader(context, this.proposals, actor).load(proposal);
    return this.proposals.allowedTransitions(proposal, viewer);
  }

  @ResolveField(() => ProposalPermissionsModel)
  async viewerPermissions(proposal: ProposalEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return this.proposals.permissions(proposal, await viewersLoader(context, this.proposals, actor).load(proposal));
  }

  /** The connection of a list, its authors kept for the `authors` fields. */
  private async listed(context: object, info: GraphQLResolveInfo, { authors, ...connection }: ProposalList) {
    await primeAuthors(context, info, { proposals: this.proposals, identity: this.identity }, authors);
    return connection;
  }
}

@Resolver(() => GroupModel)
export class GroupProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly identity: IdentityService,
  ) {}

  @ResolveField(() => ProposalConnection, {
    description:
      'Les propositions du groupe, les plus récemment modifiées d’abord (les meilleurs résultats avec search).',
  })
  async proposals(
    @Parent() group: GroupEntity,
    @OptionalActor() actor: Actor | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: ProposalFilterInput,
  ) {
    const { authors, ...connection } = await this.service.listOfGroup(actor, group, filter ?? {}, first, after);
    await primeAuthors(context, info, { proposals: this.service, identity: this.identity }, authors);
    return connection;
  }

  @ResolveField(() => ProposalConnection, {
    description:
      'L’ordre du jour d’un comité : les propositions qui lui sont soumises et attendent un vote, les plus récemment modifiées d’abord.',
  })
  async awaitingVote(
    @Parent() group: GroupEntity,
    @OptionalActor() actor: Actor | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
    @Args() { first, after }: PageArgs,
  ) {
    const { authors, ...connection } = await this.service.awaitingVote(actor, group.id, first, after);
    await primeAuthors(context, info, { proposals: this.service, identity: this.identity }, authors);
    return connection;
  }
}
