import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, requestLoader, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, OptionalActor, actorOf } from '@ouvroir/identity';
import { CommentConnection, CommentModel, ProposalModel } from './models/proposal.models';
import { CommentsService } from './comments.service';
import { CommentEntity } from './proposal-parts.entity';
import { ProposalEntity } from './proposal.entity';

/** The replies of each comment of the response; a page of comments read with its replies primes it. */
const repliesLoader = (context: object, comments: CommentsService, actor: Actor | null) =>
  requestLoader(context, 'commentReplies', (ids: readonly string[]) => comments.repliesTo(actor, ids));

@Resolver(() => ProposalModel)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @SignedIn()
  @Mutation(() => CommentModel, { description: 'Commente, ou répond à un commentaire (parentId).' })
  addComment(
    @CurrentActor() actor: Actor,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
  ) {
    return this.service.addComment(actor, proposalId, body, parentId);
  }

  @SignedIn()
  @Mutation(() => CommentModel, { description: 'Son auteur modifie un commentaire.' })
  editComment(
    @CurrentActor() actor: Actor,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('body') body: string,
  ) {
    return this.service.editComment(actor, commentId, body);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Son auteur supprime un commentaire.' })
  async deleteComment(@CurrentActor() actor: Actor, @Args('commentId', { type: () => ID }) commentId: string) {
    await this.service.deleteComment(actor, commentId);
    return true;
  }

  @SignedIn()
  @Mutation(() => CommentModel, { description: 'Animateurs : masque un commentaire, avec un motif (journalisé).' })
  hideComment(
    @CurrentActor() actor: Actor,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('reason') reason: string,
  ) {
    return this.service.hideComment(actor, commentId, reason);
  }

  @ResolveField(() => CommentConnection, {
    description: 'Les commentaires, du plus ancien au plus récent, et leurs réponses.',
  })
  async comments(
    @Parent() proposal: ProposalEntity,
    @OptionalActor() actor: Actor | null,
    @Context() context: object,
    @Args() { first, after }: PageArgs,
  ) {
    const { replies, ...connection } = await this.service.comments(actor, proposal, first, after);
    const loader = repliesLoader(context, this.service, actor);
    for (const [id, ofComment] of replies) loader.prime(id, ofComment);
    return connection;
  }
}

@Resolver(() => CommentModel)
export class CommentRepliesResolver {
  constructor(private readonly comments: CommentsService) {}

  @ResolveField(() => [CommentModel], { description: 'Les réponses (un seul niveau).' })
  replies(comment: CommentEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    if (comment.parentId) return [];
    return repliesLoader(context, this.comments, actor).load(comment.id);
  }
}
