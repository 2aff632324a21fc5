import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, actorOf } from '@ouvroir/identity';
import { ProposalModel } from './models/proposal.models';
import { ProposalEntity } from './proposal.entity';
import { SupportsService } from './supports.service';

@Resolver(() => ProposalModel)
export class SupportsResolver {
  constructor(private readonly supports: SupportsService) {}

  @SignedIn()
  @Mutation(() => ProposalModel, { description: '« Je soutiens » (support: true) ou retire son soutien.' })
  supportProposal(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('support') support: boolean,
  ) {
    return this.supports.setSupport(actor, proposalId, support);
  }

  @ResolveField(() => Boolean, { description: 'Vrai quand je soutiens cette proposition.' })
  viewerSupports(proposal: ProposalEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return requestLoader(context, 'proposalSupports', (ids: readonly string[]) =>
      this.supports.supportedBy(actor, ids),
    ).load(proposal.id);
  }
}
