import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, PageArgs, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor } from '@ouvroir/identity';
import {
  ProposalInput,
  ProposalModel,
  RevisionConnection,
  RevisionDiffModel,
  RevisionModel,
} from './models/proposal.models';
import { ProposalEntity } from './proposal.entity';
import { COST } from './proposals.resolver';
import { RevisionsService } from './revisions.service';

@Resolver(() => ProposalModel)
export class RevisionsResolver {
  constructor(private readonly service: RevisionsService) {}

  @SignedIn()
  @Query(() => String, {
    description:
      'Personnes identifiées : le HTML sûr d’un texte Markdown, pour l’aperçu de l’éditeur (comme bodyHtml une fois enregistré).',
    complexity: COST.preview,
  })
  markdownPreview(@CurrentActor() _actor: Actor, @Args('markdown') markdown: string): string {
    return this.service.preview(markdown);
  }

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description: 'Auteurs : enregistre une nouvelle révision, à partir de la révision baseRevision (sinon CONFLICT).',
  })
  saveProposal(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('baseRevision', { type: () => Int }) baseRevision: number,
    @Args('input') input: ProposalInput,
  ) {
    return this.service.save(actor, proposalId, baseRevision, input);
  }

  @ResolveField(() => RevisionConnection, { description: 'Les révisions, la plus récente d’abord.' })
  revisions(@Parent() proposal: ProposalEntity, @Args() { first, after }: PageArgs) {
    return this.service.revisions(proposal, first, after);
  }

  @ResolveField(() => RevisionModel)
  revision(@Parent() proposal: ProposalEntity, @Args('number', { type: () => Int }) number: number) {
    return this.service.revision(proposal, number);
  }

  @ResolveField(() => RevisionDiffModel, {
    description: 'Deux révisions comparées mot à mot ; une seule comparaison par requête.',
    complexity: COST.diff,
  })
  diff(
    @Parent() proposal: ProposalEntity,
    @Context() context: { diffs?: number },
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ) {
    // Its cost alone would let a few through; one is all the history page needs. A limit of the
    // query like the others (depth, cost, aliases), it answers as they do, without a reason.
    context.diffs = (context.diffs ?? 0) + 1;
    if (context.diffs > 1) {
      throw new DomainError(
        'QUERY_TOO_COMPLEX',
        'Une seule comparaison de révisions par requête : demandez la suivante dans une autre requête.',
      );
    }
    return this.service.diff(proposal, from, to);
  }
}
