import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, PageArgs, renderMarkdown, requestLoader } from '@ouvroir/core';
import { GroupEntity, groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import {
  Actor,
  CurrentActor,
  IdentityService,
  leaveSessionUntouched,
  OptionalActor,
  personField,
  UserModel,
} from '@ouvroir/identity';
import { ProposalEntity, ProposalModel, ProposalsService } from '@ouvroir/proposals';
import type { FastifyRequest } from 'fastify';
import { Choice, Grade, GRADES, Tally, VoteResult } from './counting';
import {
  AgendaSectionEnum,
  BallotConnection,
  BallotInputModel,
  BallotModel,
  BallotStandingModel,
  CastBallotPayload,
  CreateVoteInput,
  ProxyModel,
  VoteConnection,
  VoteModel,
  VoteResultModel,
} from './models/vote.models';
import { BallotEntity } from './vote-parts.entity';
import { VoteEntity } from './vote.entity';
import { AgendaSection, VotesService } from './votes.service';

/** A stored choice as the GraphQL Ballot shows it. */
const ballotOf = (receipt: string, choice: Choice | null, voterId?: string | null, castBy?: string | null) => ({
  receipt,
  voterId,
  castBy,
  position: choice && 'position' in choice ? choice.position : undefined,
  grades:
    choice && 'grades' in choice
      ? Object.entries(choice.grades).map(([option, grade]) => ({ option, grade }))
      : undefined,
  approved: choice && 'approved' in choice ? choice.approved : undefined,
});

@Resolver(() => VoteModel)
export class VotesResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly identity: IdentityService,
  ) {}

  @Query(() => VoteModel, { description: 'Un scrutin.' })
  vote(@OptionalActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.votes.get(actor, id);
  }

  @Query(() => BallotModel, {
    description: 'Retrouve un bulletin par son reçu ; son contenu n’apparaît qu’une fois le scrutin clos.',
  })
  async ballotByReceipt(
    @OptionalActor() actor: Actor | null,
    @Args('voteId', { type: () => ID }) voteId: string,
    @Args('receipt') receipt: string,
  ) {
    const found = await this.votes.findBallot(actor, voteId, receipt);
    return ballotOf(found.receipt, found.choice);
  }

  @Mutation(() => VoteModel, {
    description: 'Animateurs du comité : prépare un scrutin (ouvert tout de suite sans opensAt).',
  })
  createVote(@CurrentActor() actor: Actor, @Args('input') input: CreateVoteInput) {
    return this.votes.create(actor, input);
  }

  @Mutation(() => VoteModel, { description: 'Animateurs du comité : ouvre maintenant un scrutin à venir.' })
  openVote(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.votes.open(actor, id);
  }

  @Mutation(() => VoteModel, {
    description: 'Animateurs du comité : annule un scrutin à venir ou ouvert, avec un motif.',
  })
  cancelVote(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.votes.cancel(actor, id, reason);
  }

  @Mutation(() => CastBallotPayload, {
    description:
      'Vote, pour soi ou, avec onBehalfOf, pour qui vous a donné procuration. Le reçu dérive du code secret créé par le navigateur : le même secret redonne le même reçu.',
  })
  castBallot(
    @CurrentActor() actor: Actor,
    @Context('req') request: FastifyRequest,
    @Args('voteId', { type: () => ID }) voteId: string,
    @Args('ballot') ballot: BallotInputModel,
    @Args('secret', { description: 'Au moins 128 bits aléatoires en base64url, gardés par le votant.' })
    secret: string,
    @Args('onBehalfOf', { type: () => ID, nullable: true }) onBehalfOf?: string,
  ) {
    leaveSessionUntouched(request);
    return this.votes.cast(actor, voteId, ballot, secret, onBehalfOf);
  }

  @Mutation(() => CastBallotPayload, {
    description: 'Remplace un bulletin, si le scrutin le permet ; dans un scrutin secret, avec le code secret du vote.',
  })
  changeBallot(
    @CurrentActor() actor: Actor,
    @Context('req') request: FastifyRequest,
    @Args('voteId', { type: () => ID }) voteId: string,
    @Args('ballot') ballot: BallotInputModel,
    @Args('secret', { nullable: true, description: 'Scrutin secret : le code secret donné au vote.' })
    secret?: string,
    @Args('onBehalfOf', { type: () => ID, nullable: true }) onBehalfOf?: string,
  ) {
    leaveSessionUntouched(request);
    return this.votes.changeBallot(actor, voteId, ballot, secret, onBehalfOf);
  }

  @Mutation(() => ProxyModel, { description: 'Donne procuration à un autre votant du scrutin (une seule par votant).' })
  giveProxy(
    @CurrentActor() actor: Actor,
    @Args('voteId', { type: () => ID }) voteId: string,
    @Args('holderId', { type: () => ID }) holderId: string,
  ) {
    return this.votes.giveProxy(actor, voteId, holderId);
  }

  @Mutation(() => VoteModel, { description: 'Révoque sa procuration, tant qu’elle n’a pas servi.' })
  revokeProxy(@CurrentActor() actor: Actor, @Args('voteId', { type: () => ID }) voteId: string) {
    return this.votes.revokeProxy(actor, voteId);
  }

  @ResolveField(() => String, { description: 'La description, en HTML sûr.' })
  descriptionHtml(@Parent() vote: VoteEntity) {
    return renderMarkdown(vote.description);
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'Le comité.' })
  committee(@Parent() vote: VoteEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return groupLoader(context, this.groups, actor).load(vote.committeeId);
  }

  @ResolveField(() => ProposalModel, {
    nullable: true,
    description: 'La proposition mise au vote, si vous pouvez la lire.',
  })
  proposal(@Parent() vote: VoteEntity, @OptionalActor() actor: Actor | null) {
    if (!vote.proposalId) return null;
    return this.proposals.get(actor, vote.proposalId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
  }

  @ResolveField(() => VoteResultModel, { nullable: true, description: 'Le résultat, une fois le scrutin clos.' })
  result(@Parent() vote: VoteEntity) {
    if (vote.status !== 'closed' || !vote.result || !vote.tally) return null;
    return resultModel(vote, vote.tally, vote.result);
  }

  @ResolveField(() => String, { nullable: true, description: 'L’adresse du registre publié (JSON), une fois clos.' })
  ledgerUrl(@Parent() vote: VoteEntity) {
    return vote.status === 'closed' ? `/votes/${vote.id}/ledger.json` : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'L’empreinte finale du registre, une fois clos.' })
  finalHash(@Parent() vote: VoteEntity) {
    return vote.status === 'closed' ? vote.headHash : null;
  }

  @ResolveField(() => Boolean, { description: 'Je peux ouvrir ou annuler ce scrutin.' })
  async viewerCanManage(@Parent() vote: VoteEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    // One look per committee for a whole agenda.
    const viewers = requestLoader(context, 'voteViewers', (committeeIds: readonly string[]) =>
      Promise.all(committeeIds.map((id) => this.votes.viewerOf(actor, id))),
    );
    return this.votes.mayManage(await viewers.load(vote.committeeId));
  }

  @ResolveField(() => BallotStandingModel, { description: 'Où j’en suis : inscrit, déjà voté, procurations.' })
  viewerStanding(@Parent() vote: VoteEntity, @OptionalActor() actor: Actor | null) {
    return this.votes.standingOf(actor, vote);
  }

  @ResolveField(() => [UserModel], {
    description: 'La liste des votants (pour donner procuration) : visible des seuls inscrits.',
  })
  async roll(@Parent() vote: VoteEntity, @CurrentActor() actor: Actor) {
    const ids = await this.votes.roll(actor, vote);
    return (await this.identity.profilesByIds(actor, ids)).filter((profile) => profile !== null);
  }

  @ResolveField(() => BallotConnection, { description: 'Les bulletins publiés, par reçu, une fois le scrutin clos.' })
  async ballots(@Parent() vote: VoteEntity, @OptionalActor() actor: Actor | null, @Args() { first, after }: PageArgs) {
    const page = await this.votes.ballots(actor, vote.id, first, after);
    return {
      ...page,
      nodes: page.nodes.map((ballot: BallotEntity) =>
        ballotOf(ballot.receipt, ballot.choice, ballot.voterId, ballot.castBy),
      ),
    };
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
        profile: option.profile?.map((count, i) => ({ grade: GRADES[i] as Grade, count })),
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
    description: 'Les scrutins tenus sur la proposition, le dernier d’abord (ceux des comités que je peux voir).',
  })
  votes(@Parent() proposal: ProposalEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return requestLoader(context, 'proposalVotes', (ids: readonly string[]) =>
      this.service.ofProposals(actor, ids),
    ).load(proposal.id);
  }
}

export const ProxyGiverResolver = personField(ProxyModel, 'giverId', 'Qui donne procuration.');
export const ProxyHolderResolver = personField(ProxyModel, 'holderId', 'Qui la détient et vote pour l’autre.');
export const BallotVoterResolver = personField(BallotModel, 'voterId', 'Scrutin public : le votant.');
export const BallotCastByResolver = personField(
  BallotModel,
  'castBy',
  'Scrutin public : qui l’a déposé par procuration.',
);
export const StandingCastByResolver = personField(
  BallotStandingModel,
  'castById',
  'Qui a déposé mon bulletin, si c’est le détenteur de ma procuration.',
);
