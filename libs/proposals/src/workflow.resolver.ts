import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor } from '@ouvroir/identity';
import { ProposalModel, ProposalStepModel, ProposalTransitionEnum } from './models/proposal.models';
import { proposalPart } from './proposal-loaders';
import { ProposalEntity } from './proposal.entity';
import type { Transition } from './proposals.policy';
import { ProposalsService } from './proposals.service';
import { WorkflowService } from './workflow.service';

@Resolver(() => ProposalModel)
export class WorkflowResolver {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly proposals: ProposalsService,
  ) {}

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description: 'Fait avancer la proposition dans son parcours (voir allowedTransitions).',
  })
  transitionProposal(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('transition', { type: () => ProposalTransitionEnum }) transition: Transition,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.workflow.transition(actor, proposalId, transition, reason);
  }

  @ResolveField(() => [ProposalStepModel], {
    description: 'Le parcours de la proposition, du premier état au dernier.',
  })
  timeline(proposal: ProposalEntity, _args: unknown, context: object) {
    return proposalPart(context, this.proposals, 'timeline', proposal.id);
  }
}
