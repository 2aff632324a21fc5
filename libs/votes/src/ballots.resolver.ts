import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, Public, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, leaveSessionUntouched, OptionalActor, personField } from '@ouvroir/identity';
import type { FastifyRequest } from 'fastify';
import { BallotsService } from './ballots.service';
import { Choice } from './counting';
import { BallotConnection, BallotInputModel, BallotModel, CastBallotPayload, VoteModel } from './models/vote.models';
import { BallotEntity } from './vote-parts.entity';
import { VoteEntity } from './vote.entity';

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

/** Ballots: cast, changed, found by receipt, and a closed vote's published list. */
@Resolver(() => VoteModel)
export class BallotsResolver {
  constructor(private readonly service: BallotsService) {}

  @Public()
  @Query(() => BallotModel, {
    description: 'Retrouve un bulletin par son reçu ; son contenu n’apparaît qu’une fois le scrutin clos.',
  })
  async ballotByReceipt(
    @OptionalActor() actor: Actor | null,
    @Args('voteId', { type: () => ID }) voteId: string,
    @Args('receipt') receipt: string,
  ) {
    const found = await this.service.findBallot(actor, voteId, receipt);
    return ballotOf(found.receipt, found.choice);
  }

  @SignedIn()
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
    return this.service.cast(actor, voteId, ballot, secret, onBehalfOf);
  }

  @SignedIn()
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
    return this.service.changeBallot(actor, voteId, ballot, secret, onBehalfOf);
  }

  @ResolveField(() => BallotConnection, { description: 'Les bulletins publiés, par reçu, une fois le scrutin clos.' })
  async ballots(@Parent() vote: VoteEntity, @OptionalActor() actor: Actor | null, @Args() { first, after }: PageArgs) {
    const page = await this.service.ballots(actor, vote.id, first, after);
    return {
      ...page,
      nodes: page.nodes.map((ballot: BallotEntity) =>
        ballotOf(ballot.receipt, ballot.choice, ballot.voterId, ballot.castBy),
      ),
    };
  }
}

export const BallotVoterResolver = personField(BallotModel, 'voterId', 'Scrutin public : le votant.');
export const BallotCastByResolver = personField(
  BallotModel,
  'castBy',
  'Scrutin public : qui l’a déposé par procuration.',
);
