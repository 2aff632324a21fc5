import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, PageArgs, Public, renderMarkdown, requestLoader, SignedIn } from '@ouvroir/core';
import { GroupEntity, groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import {
  Actor,
  CurrentActor,
  IdentityService,
  OptionalActor,
  personField,
  UserModel,
  actorOf,
} from '@ouvroir/identity';
import { ProposalEntity, ProposalModel, ProposalsService } from '@ouvroir/proposals';
import { GRADES, Tally, VoteResult } from './counting';
import {
  AgendaSectionEnum,
  BallotStandingModel,
  CreateVoteInput,
  VoteConnection,
  VoteModel,
  VoteResultModel,
} from './models/vote.models';
import { VoteLifecycleService } from './vote-lifecycle.service';
import { VoteEntity } from './vote.entity';
import { AgendaSection, VotesService } from './votes.service';

/** A vote: read by whoever sees its committee, organised by its facilitators. */
@Resolver(() => VoteModel)
export class VotesResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly lifecycle: VoteLifecycleService,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly identity: IdentityService,
  ) {}

  @Public()
  @Query(() => VoteModel, { description: 'Un scrutin.' })
  vote(@OptionalActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.votes.get(actor, id);
  }

  @SignedIn()
  @Mutation(() => VoteModel, {
    description: 'Animateurs du comité : prépare un scrutin (ouvert tout de suite sans opensAt).',
  })
  createVote(@CurrentActor() actor: Actor, @Args('input') input: CreateVoteInput) {
    return this.lifecycle.create(actor, input);
  }

  @SignedIn()
  @Mutation(() => VoteModel, { description: 'Animateurs du comité : ouvre maintenant un scrutin à venir.' })
  openVote(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.lifecycle.open(actor, id);
  }

  @SignedIn()
  @Mutation(() => VoteModel, {
    description: 'Animateurs du comité : annule un scrutin à venir ou ouvert, avec un motif.',
  })
  cancelVote(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.lifecycle.cancel(actor, id, reason);
  }

  @ResolveField(() => String, { description: 'La description, en HTML sûr.' })
  descriptionHtml(vote: VoteEntity) {
    return renderMarkdown(vote.description);
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'Le comité.' })
  committee(vote: VoteEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return groupLoader(context, this.groups, actor).load(vote.committeeId);
  }

  @ResolveField(() => ProposalModel, {
    nullable: true,
    description: 'La proposition mise au vote, si vous pouvez la lire.',
  })
  proposal(vote: VoteEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    if (!vote.proposalId) return null;
    return this.proposals.get(actor, vote.proposalId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
  }

  @ResolveField(() => VoteResultModel, { nullable: true, description: 'Le résultat, une fois le scrutin clos.' })
  result(vote: VoteEntity) {
    if (vote.status !== 'closed' || !vote.result || !vote.tally) return null;
    return resultModel(vote, vote.tally, vote.result);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'L’adresse du registre publié (JSON), une fois clos, pour qui voit le comité (le registre et la liste des bulletins peuvent nommer ses votants).',
  })
  async ledgerUrl(vote: VoteEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    if (vote.status !== 'closed') return null;
    return (await this.viewerLoader(context, actor).load(vote.committeeId)).committeeVisible
      ? `/votes/${vote.id}/ledger.json`
      : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'L’empreinte finale du registre, une fois clos.' })
  finalHash(vote: VoteEntity) {
    return vote.status === 'closed' ? vote.headHash : null;
  }

  @ResolveField(() => Boolean, { description: 'Je peux ouvrir ou annuler ce scrutin.' })
  async viewerCanManage(vote: VoteEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return this.votes.mayManage(await this.viewerLoader(context, actor).load(vote.committeeId));
  }

  /** Where the viewer stands in each committee: one look per committee for a whole agenda. */
  private viewerLoader(context: object, actor: Actor | null) {
    return requestLoader(context, 'voteViewers', (committeeIds: readonly string[]) =>
      Promise.all(committeeIds.map((id) => this.votes.viewerOf(actor, id))),
    );
  }

  @ResolveField(() => BallotStandingModel, { description: 'Où j’en suis : inscrit, déjà voté, procurations.' })
  viewerStanding(vote: VoteEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return this.votes.standingOf(actor, vote);
  }

  @ResolveField(() => [UserModel], {
    description: 'La liste des votants (pour donner procuration) : visible des seuls inscrits.',
  })
  async roll(@Parent() vote: VoteEntity, @CurrentActor() actor: Actor) {
    const ids = await this.votes.roll(actor, vote);
    return (await this.identity.profilesByIds(actor, ids)).filter((profile) => profile !== null);
  }
}

function resultModel(vote: VoteEntity, counted: Tally, outcome: VoteResult): VoteResultModel {
  const labels = new Map(vote.options.map((option) => [option.key, option.label]));
  const ranks = new Map((outcome.ranking ?? []).map((ranked) => [ranked.key, ranked]));
  return {
    outcome: outcome.outcome,
    quorumReached: outcome.quorumReached,
    ballots: counted.ballots,
    eligibleVoters: vote.eligibleCount,
    for: counted.for,
    against: counted.against,
    abstain: counted.abstain,
    finalHash: vote.headHash!,
    options: counted.options
      ?.map((option) => ({
        key: option.key,
        label: labels.get(option.key) ?? option.key,
        rank: ranks.get(option.key)?.rank ?? 0,
        majorityGrade: ranks.get(option.key)?.majorityGrade,
        approvals: option.approvals,
        profile: option.profile?.map((count, i) => ({ grade: GRADES[i], count })),
      }))
      .sort((a, b) => a.rank - b.rank),
  };
}

@Resolver(() => GroupModel)
export class CommitteeAgendaResolver {
  constructor(private readonly service: VotesService) {}

  @ResolveField(() => VoteConnection, {
    description:
      'L’agenda des scrutins du comité : à venir et ouverts (les plus proches d’abord), clos (les derniers d’abord).',
  })
  votes(
    @Parent() group: GroupEntity,
    @OptionalActor() actor: Actor | null,
    @Args('section', { type: () => AgendaSectionEnum }) section: AgendaSection,
    @Args() { first, after }: PageArgs,
  ) {
    return this.service.agenda(actor, group.id, section, first, after);
  }
}

@Resolver(() => ProposalModel)
export class ProposalVotesResolver {
  constructor(private readonly service: VotesService) {}

  @ResolveField(() => [VoteModel], {
    description: 'Les scrutins tenus sur la proposition, le dernier d’abord.',
  })
  votes(proposal: ProposalEntity, _args: unknown, context: object) {
    return requestLoader(context, 'proposalVotes', (ids: readonly string[]) => this.service.ofProposals(ids)).load(
      proposal.id,
    );
  }
}

export const StandingCastByResolver = personField(
  BallotStandingModel,
  'castById',
  'Qui a déposé mon bulletin, si c’est le détenteur de ma procuration.',
);
