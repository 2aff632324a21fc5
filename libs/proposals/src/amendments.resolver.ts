import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor } from '@ouvroir/identity';
import { AmendmentModel, ProposalModel } from './models/proposal.models';
import { AmendmentsService } from './amendments.service';
import { proposalPart } from './proposal-loaders';
import { ProposalEntity } from './proposal.entity';
import { ProposalsService } from './proposals.service';

@Resolver(() => ProposalModel)
export class AmendmentsResolver {
  constructor(
    private readonly service: AmendmentsService,
    private readonly proposals: ProposalsService,
  ) {}

  @SignedIn()
  @Mutation(() => AmendmentModel, { description: 'Membres : propose un nouveau texte pour la proposition.' })
  proposeAmendment(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('body') body: string,
    @Args('explanation', { nullable: true }) explanation?: string,
  ) {
    return this.service.proposeAmendment(actor, proposalId, body, explanation);
  }

  @SignedIn()
  @Mutation(() => AmendmentModel, { description: 'Auteurs : accepte un amendement, ou le rejette avec un motif.' })
  decideAmendment(
    @CurrentActor() actor: Actor,
    @Args('amendmentId', { type: () => ID }) amendmentId: string,
    @Args('accept') accept: boolean,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.service.decideAmendment(actor, amendmentId, accept, reason);
  }

  @SignedIn()
  @Mutation(() => AmendmentModel, { description: 'Son auteur retire un amendement en attente.' })
  withdrawAmendment(@CurrentActor() actor: Actor, @Args('amendmentId', { type: () => ID }) amendmentId: string) {
    return this.service.withdrawAmendment(actor, amendmentId);
  }

  @ResolveField(() => [AmendmentModel], { description: 'Les amendements, le plus récent d’abord.' })
  amendments(proposal: ProposalEntity, _args: unknown, context: object) {
    return proposalPart(context, this.proposals, 'amendments', proposal.id);
  }
}
