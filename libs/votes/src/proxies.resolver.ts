import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, personField } from '@ouvroir/identity';
import { ProxyModel, VoteModel } from './models/vote.models';
import { ProxiesService } from './proxies.service';

/** Proxies: given to another voter on the roll, revoked until used. */
@Resolver()
export class ProxiesResolver {
  constructor(private readonly proxies: ProxiesService) {}

  @SignedIn()
  @Mutation(() => ProxyModel, { description: 'Donne procuration à un autre votant du scrutin (une seule par votant).' })
  giveProxy(
    @CurrentActor() actor: Actor,
    @Args('voteId', { type: () => ID }) voteId: string,
    @Args('holderId', { type: () => ID }) holderId: string,
  ) {
    return this.proxies.giveProxy(actor, voteId, holderId);
  }

  @SignedIn()
  @Mutation(() => VoteModel, { description: 'Révoque sa procuration, tant qu’elle n’a pas servi.' })
  revokeProxy(@CurrentActor() actor: Actor, @Args('voteId', { type: () => ID }) voteId: string) {
    return this.proxies.revokeProxy(actor, voteId);
  }
}

export const ProxyGiverResolver = personField(ProxyModel, 'giverId', 'Qui donne procuration.');
export const ProxyHolderResolver = personField(ProxyModel, 'holderId', 'Qui la détient et vote pour l’autre.');
