import { Injectable } from '@nestjs/common';
import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { Connection, decodeCursor, DomainError, toConnection, validText } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { ProposalActs } from './proposal-acts';
import { ProposalAccessService } from './proposal-access.service';
import { CommentEntity } from './proposal-parts.entity';
import { ProposalPartsRepository } from './proposal-parts.repository';
import { ProposalEntity } from './proposal.entity';
import { OPEN_TO_COMMENTS, proposalsPolicy, ShownComment } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

/** A page of comments, and the replies of each, read with them. */
export type CommentList = Connection<ShownComment> & { replies: Map<string, ShownComment[]> };

/**
 * Comments, threaded one level deep. Their author edits or deletes them; the group's facilitators
 * hide them with a reason, and still read their text. `comment_count` changes in the same
 * transaction, so that lists read it without counting.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly parts: ProposalPartsRepository,
    private readonly access: ProposalAccessService,
    private readonly acts: ProposalActs,
  ) {}

  /** The comments of a proposal the caller already read, oldest first, with their replies. */
  async comments(actor: Actor | null, proposal: ProposalEntity, first: number, after?: string): Promise<CommentList> {
    const page = await this.parts.comments(proposal.id, first, after ? decodeCursor(after) : undefined);
    const replies = [...page.replies.values()].flat();
    const moderated = await this.moderated(actor, [...page.rows, ...replies], [proposal]);
    const shown = (comment: CommentEntity) => proposalsPolicy.shownComment(comment, moderated.has(comment.proposalId));
    const connection = toConnection(page.rows.map(shown), first, page.total, (comment) => [
      comment.createdAt.toISOString(),
      comment.id,
    ]);
    return {
      ...connection,
      replies: new Map(
        connection.nodes.map((comment) => [comment.id, (page.replies.get(comment.id) ?? []).map(shown)]),
      ),
    };
  }

  /** Replies of comments the caller already showed. */
  async repliesTo(actor: Actor | null, commentIds: readonly string[]): Promise<ShownComment[][]> {
    const replies = await this.parts.repliesTo(commentIds);
    const moderated = await this.moderated(actor, replies);
    const shown = replies.map((reply) => proposalsPolicy.shownComment(reply, moderated.has(reply.proposalId)));
    return commentIds.map((id) => shown.filter((reply) => reply.parentId === id));
  }

  /** The proposals whose hidden comments the actor moderates; asked only when some are hidden. */
  private async moderated(
    actor: Actor | null,
    comments: readonly CommentEntity[],
    known: readonly ProposalEntity[] = [],
  ): Promise<Set<string>> {
    const hiddenIn = [...new Set(comments.filter((c) => c.status === 'hidden').map((c) => c.proposalId))];
    if (hiddenIn.length === 0) return new Set();
    const read = known.filter((proposal) => hiddenIn.includes(proposal.id));
    const proposals = read.length === hiddenIn.length ? read : await this.repository.findByIds(hiddenIn);
    const viewers = await this.access.viewersOf(actor, proposals);
    return new Set(
      proposals.filter((_, index) => proposalsPolicy.mayModerate(viewers[index])).map((proposal) => proposal.id),
    );
  }

  async addComment(actor: Actor, id: string, body: string, parentId?: string): Promise<CommentEntity> {
    const { proposal, viewer } = await this.access.readable(actor, id);
    proposalsPolicy.assertTakePart(viewer);
    proposalsPolicy.assertState(proposal, OPEN_TO_COMMENTS, 'COMMENTS_CLOSED');
    const text = validText(body, PROPOSAL_LIMITS.commentMax, 'body', 'Le commentaire', true);
    if (parentId) {
      const parent = await this.parts.findComment(parentId);
      if (!parent || parent.proposalId !== id) throw DomainError.of('COMMENT_PARENT_NOT_FOUND');
      if (parent.parentId) throw DomainError.of('COMMENT_REPLY_TO_REPLY');
    }
    return this.acts.announced(
      id,
      'comment',
      this.repository.transaction(async (manager) => {
        const comment = await this.repository.insert(manager, CommentEntity, {
          proposalId: id,
          parentId: parentId ?? null,
          authorId: actor.id,
          body: text,
        });
        await this.repository.adjustCount(manager, id, 'comment_count', 1);
        await this.acts.events.publish(manager, 'comment', {
          actorId: actor.id,
          proposalId: id,
          commentId: comment.id,
        });
        return comment;
      }),
    );
  }

  async editComment(actor: Actor, commentId: string, body: string): Promise<CommentEntity> {
    const comment = await this.ownComment(actor, commentId);
    const text = validText(body, PROPOSAL_LIMITS.commentMax, 'body', 'Le commentaire', true);
    await this.repository.transaction((manager) =>
      this.parts.updateComment(manager, commentId, { body: text, editedAt: new Date() }),
    );
    return { ...comment, body: text, editedAt: new Date() };
  }

  /** The author deletes their comment: its text is erased, the thread keeps its place. */
  async deleteComment(actor: Actor, commentId: string): Promise<void> {
    const comment = await this.ownComment(actor, commentId);
    await this.repository.transaction(async (manager) => {
      await this.parts.updateComment(manager, commentId, { status: 'deleted', body: '' });
      await this.repository.adjustCount(manager, comment.proposalId, 'comment_count', -1);
    });
  }

  /** A facilitator hides a comment, with a reason kept in the journal. */
  async hideComment(actor: Actor, commentId: string, reason: string): Promise<CommentEntity> {
    const comment = await this.parts.findComment(commentId);
    if (!comment) throw DomainError.of('COMMENT_NOT_FOUND');
    const { proposal, viewer } = await this.access.readable(actor, comment.proposalId);
    proposalsPolicy.assertModerate(viewer);
    const why = validText(reason, PROPOSAL_LIMITS.reasonMax, 'reason', 'Le motif', true);
    if (comment.status !== 'visible') throw DomainError.of('COMMENT_ALREADY_HIDDEN');
    await this.repository.transaction(async (manager) => {
      await this.parts.updateComment(manager, commentId, { status: 'hidden', moderationReason: why });
      await this.repository.adjustCount(manager, comment.proposalId, 'comment_count', -1);
      await this.acts.journal(
        manager,
        actor,
        proposal,
        'comment_hidden',
        { type: 'comment', id: commentId },
        { reason: why },
        comment.authorId,
      );
    });
    return { ...comment, status: 'hidden', moderationReason: why };
  }

  private async ownComment(actor: Actor, commentId: string): Promise<CommentEntity> {
    const comment = await this.parts.findComment(commentId);
    if (!comment) throw DomainError.of('COMMENT_NOT_FOUND');
    const { proposal } = await this.access.readable(actor, comment.proposalId);
    if (comment.authorId !== actor.id) throw DomainError.of('COMMENT_AUTHOR_ONLY');
    if (comment.status !== 'visible') throw DomainError.of('COMMENT_NOT_SHOWN');
    proposalsPolicy.assertState(proposal, OPEN_TO_COMMENTS, 'COMMENT_EDIT_CLOSED');
    return comment;
  }
}
