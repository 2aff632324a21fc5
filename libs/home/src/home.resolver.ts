import { Args, ArgsType, Context, Field, Info, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { AuditEntryConnection } from '@ouvroir/audit';
import { PageArgs, Public } from '@ouvroir/core';
import { GroupConnection, groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import { Actor, actorOf, IdentityService, OptionalActor } from '@ouvroir/identity';
import { primeAuthors, ProposalConnection, ProposalList, ProposalsService } from '@ouvroir/proposals';
import { VoteConnection } from '@ouvroir/votes';
import { IsInt, Max, Min } from 'class-validator';
import { HomeService, PendingRequests } from './home.service';
import { HomeModel, PendingJoinRequestsModel } from './models/home.models';

/** The most groups with pending requests a home page lists. */
const REQUEST_GROUPS_MAX = 20;

@ArgsType()
class RequestGroupsArgs {
  @Field(() => Int, { defaultValue: 5, description: `Nombre de groupes (1 à ${REQUEST_GROUPS_MAX}).` })
  @IsInt({ message: 'first doit être un nombre entier' })
  @Min(1, { message: 'first doit valoir au moins 1' })
  @Max(REQUEST_GROUPS_MAX, { message: `first doit valoir au plus ${REQUEST_GROUPS_MAX}` })
  first = 5;
}

/** What waits for the person and the programme: each block resolved only when the page asks it. */
@Resolver(() => HomeModel)
export class HomeResolver {
  constructor(
    private readonly home: HomeService,
    private readonly proposals: ProposalsService,
    private readonly identity: IdentityService,
  ) {}

  @Public()
  @Query(() => HomeModel, {
    description: 'La page d’accueil : ce qui m’attend si je suis connecté, le programme pour tous.',
  })
  myHome(@OptionalActor() actor: Actor | null): HomeModel {
    return { signedIn: actor !== null };
  }

  @ResolveField(() => VoteConnection, {
    nullable: true,
    description:
      'Les scrutins ouverts qui attendent mon bulletin (ou celui d’une procuration), la clôture la plus proche d’abord.',
  })
  ballotsToCast(@OptionalActor() actor: Actor | null, @Args() { first, after }: PageArgs) {
    return actor && this.home.ballotsToCast(actor, first, after);
  }

  @ResolveField(() => ProposalConnection, {
    nullable: true,
    description: 'Les propositions dont on m’invite à être co-auteur.',
  })
  async coauthorships(
    @OptionalActor() actor: Actor | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
    @Args() { first, after }: PageArgs,
  ) {
    return actor && this.listed(context, info, await this.home.coauthorshipsToAnswer(actor, first, after));
  }

  @ResolveField(() => ProposalConnection, {
    nullable: true,
    description: 'Mes propositions en cours d’écriture : brouillons et en concertation.',
  })
  async drafts(
    @OptionalActor() actor: Actor | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
    @Args() { first, after }: PageArgs,
  ) {
    return actor && this.listed(context, info, await this.home.drafts(actor, first, after));
  }

  @ResolveField(() => [PendingJoinRequestsModel], {
    nullable: true,
    description: 'Animateurs : les groupes où des demandes d’adhésion attendent ma décision, et combien.',
  })
  joinRequests(@OptionalActor() actor: Actor | null, @Args() { first }: RequestGroupsArgs) {
    return actor && this.home.joinRequestsToDecide(actor, first);
  }

  @ResolveField(() => ProposalConnection, {
    nullable: true,
    description: 'Animateurs : les propositions en concertation de mes groupes, à finaliser.',
  })
  async proposalsToMove(
    @OptionalActor() actor: Actor | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
    @Args() { first, after }: PageArgs,
  ) {
    return actor && this.listed(context, info, await this.home.proposalsToMove(actor, first, after));
  }

  @ResolveField(() => ProposalConnection, {
    nullable: true,
    description: 'Les propositions soumises à mes comités et qui attendent un vote.',
  })
  async awaitingVote(
    @OptionalActor() actor: Actor | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
    @Args() { first, after }: PageArgs,
  ) {
    return actor && this.listed(context, info, await this.home.awaitingVote(actor, first, after));
  }

  @ResolveField(() => AuditEntryConnection, {
    nullable: true,
    description: 'Les derniers actes dans mes groupes : arrivées, propositions qui avancent, scrutins.',
  })
  news(@OptionalActor() actor: Actor | null, @Args() { first, after }: PageArgs) {
    return actor && this.home.news(actor, first, after);
  }

  @ResolveField(() => ProposalConnection, {
    description: 'Les dernières décisions du programme : propositions adoptées des groupes publics.',
  })
  async decisions(@Context() context: object, @Info() info: GraphQLResolveInfo, @Args() { first, after }: PageArgs) {
    return this.listed(context, info, await this.home.decisions(first, after));
  }

  @ResolveField(() => GroupConnection, {
    description: 'Les groupes de travail publics que l’on peut rejoindre, par nom.',
  })
  openGroups(@Args() { first, after }: PageArgs) {
    return this.home.openGroups(first, after);
  }

  /** The connection of a list, its authors kept for the `authors` fields. */
  private async listed(context: object, info: GraphQLResolveInfo, { authors, ...connection }: ProposalList) {
    await primeAuthors(context, info, { proposals: this.proposals, identity: this.identity }, authors);
    return connection;
  }
}

@Resolver(() => PendingJoinRequestsModel)
export class PendingJoinRequestsResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => GroupModel, { nullable: true })
  group(pending: PendingRequests, _args: unknown, context: object) {
    const actor = actorOf(context);
    return groupLoader(context, this.groups, actor).load(pending.groupId);
  }
}

export const HOME_RESOLVERS = [HomeResolver, PendingJoinRequestsResolver];
