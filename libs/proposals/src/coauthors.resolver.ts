import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor } from '@ouvroir/identity';
import { ProposalModel } from './models/proposal.models';
import { CoauthorsService } from './coauthors.service';

@Resolver(() => ProposalModel)
export class CoauthorsResolver {
  constructor(private readonly coauthors: CoauthorsService) {}

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Auteurs : invite un membre du groupe à co-écrire.' })
  async inviteCoauthor(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    await this.coauthors.inviteCoauthor(actor, proposalId, userId);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Accepte ou décline l’invitation à co-écrire.' })
  async respondToCoauthorship(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('accept') accept: boolean,
  ) {
    await this.coauthors.respondToCoauthorship(actor, proposalId, accept);
    return true;
  }
}
