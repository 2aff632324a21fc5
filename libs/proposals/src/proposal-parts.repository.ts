import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { entityColumns, Page, preparedQuery, readAfter } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AmendmentEntity, CommentEntity, RevisionEntity, TransitionEntity } from './proposal-parts.entity';
import { fromJson } from './sql-rows';

/** A page of top-level comments with the replies of each, read in the same statement. */
export interface CommentPage extends Page<CommentEntity> {
  replies: Map<string, CommentEntity[]>;
}

/** The short lists a proposal page shows whole. */
export type ProposalPart = 'timeline' | 'amendments';
export interface ProposalParts {
  timeline?: TransitionEntity[];
  amendments?: AmendmentEntity[];
}

const PARTS: Record<ProposalPart, string> = {
  timeline: `(SELECT coalesce(json_agg(json_build_object('id', t.id, 'proposalId', t.proposal_id,
      'fromState', t.from_state, 'toState', t.to_state, 'actorId', t.actor_id, 'reason', t.reason,
      'createdAt', t.created_at) ORDER BY t.created_at), '[]')
    FROM proposal_transition t WHERE t.proposal_id = p.id)`,
  amendments: `(SELECT coalesce(json_agg(json_build_object('id', a.id, 'proposalId', a.proposal_id,
      'authorId', a.author_id, 'baseRevision', a.base_revision, 'body', a.body, 'explanation', a.explanation,
      'status', a.status, 'decidedBy', a.decided_by, 'reason', a.reason, 'decidedAt', a.decided_at,
      'createdAt', a.created_at) ORDER BY a.created_at DESC), '[]')
    FROM amendment a WHERE a.proposal_id = p.id)`,
};
const PART_DATES: Record<ProposalPart, string[]> = {
  timeline: ['createdAt'],
  amendments: ['decidedAt', 'createdAt'],
};

const REPLIES = `(SELECT coalesce(json_agg(json_build_object('id', r.id, 'proposalId', r.proposal_id,
    'parentId', r.parent_id, 'authorId', r.author_id, 'body', r.body, 'status', r.status,
    'moderationReason', r.moderation_reason, 'editedAt', r.edited_at, 'createdAt', r.created_at)
    ORDER BY r.created_at), '[]')
  FROM proposal_comment r WHERE r.parent_id = comment.id)`;

/** The parts of proposals: revisions, comments, amendments, the steps of the workflow. */
@Injectable()
export class ProposalPartsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The asked parts of each proposal, in the order of `proposalIds`, in one statement whatever
   * the number of proposals and parts.
   */
  async partsOf(proposalIds: readonly string[], parts: readonly ProposalPart[]): Promise<ProposalParts[]> {
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'proposal_parts',
      `SELECT p.id, ${parts.map((part) => `${PARTS[part]} AS "${part}"`).join(', ')}
       FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, position) ORDER BY p.position`,
      [proposalIds],
    );
    return rows.map((row) => Object.fromEntries(parts.map((part) => [part, fromJson(row[part], PART_DATES[part])])));
  }

  // Revisions

  /** A page of revisions, the latest first; their count is the proposal's `revisionNumber`. */
  revisions(proposalId: string, first: number, after?: unknown[]): Promise<RevisionEntity[]> {
    const params: unknown[] = [proposalId];
    const beyond = after
      ? `AND (revision.number, revision.id) < ($${params.push(after[0])}, $${params.push(after[1])})`
      : '';
    return readAfter(after, async () => {
      const rows = await preparedQuery<RevisionEntity>(
        this.dataSource,
        'proposal_revisions',
        `SELECT ${entityColumns(this.dataSource, RevisionEntity, 'revision')} FROM proposal_revision revision
         WHERE revision.proposal_id = $1 ${beyond}
         ORDER BY revision.number DESC, revision.id DESC LIMIT $${params.push(first + 1)}`,
        params,
      );
      return rows.map((row) => Object.assign(new RevisionEntity(), row));
    });
  }

  findRevision(proposalId: string, number: number, manager = this.dataSource.manager) {
    return manager.findOneBy(RevisionEntity, { proposalId, number });
  }

  // Comments

  /** A page of top-level comments, oldest first, counted and with their replies in one statement. */
  comments(proposalId: string, first: number, after?: unknown[]): Promise<CommentPage> {
    const params: unknown[] = [proposalId];
    const beyond = after
      ? `AND (comment.created_at, comment.id) > ($${params.push(after[0])}, $${params.push(after[1])})`
      : '';
    return readAfter(after, async () => {
      const rows = await preparedQuery<CommentEntity & { total: number; replies: unknown }>(
        this.dataSource,
        'proposal_comments',
        `SELECT ${entityColumns(this.dataSource, CommentEntity, 'comment')}, ${REPLIES} AS replies,
           (SELECT count(*)::int FROM proposal_comment counted
            WHERE counted.proposal_id = $1 AND counted.parent_id IS NULL) AS total
         FROM proposal_comment comment
         WHERE comment.proposal_id = $1 AND comment.parent_id IS NULL ${beyond}
         ORDER BY comment.created_at, comment.id LIMIT $${params.push(first + 1)}`,
        params,
      );
      const replies = new Map<string, CommentEntity[]>();
      const comments = rows.map(({ total: _total, replies: ofComment, ...columns }) => {
        replies.set(columns.id, fromJson<CommentEntity>(ofComment, ['editedAt', 'createdAt']));
        return Object.assign(new CommentEntity(), columns);
      });
      const total = rows.length ? rows[0].total : after ? await this.countComments(proposalId) : 0;
      return { rows: comments, total, replies };
    });
  }

  private countComments(proposalId: string): Promise<number> {
    return this.dataSource.manager
      .createQueryBuilder(CommentEntity, 'comment')
      .where('comment.proposal_id = :proposalId AND comment.parent_id IS NULL', { proposalId })
      .getCount();
  }

  repliesTo(parentIds: readonly string[]): Promise<CommentEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(CommentEntity, 'comment')
      .where('comment.parent_id = ANY(:parentIds)', { parentIds })
      .orderBy('comment.created_at')
      .getMany();
  }

  async findComment(id: string, manager = this.dataSource.manager): Promise<CommentEntity | null> {
    return isUUID(id) ? manager.findOneBy(CommentEntity, { id }) : null;
  }

  async updateComment(manager: EntityManager, id: string, change: Partial<CommentEntity>): Promise<void> {
    await manager.update(CommentEntity, { id }, change);
  }

  // Amendments

  acceptedAmendmentsOf(userId: string, limit: number): Promise<AmendmentEntity[]> {
    return this.dataSource.manager.find(AmendmentEntity, {
      where: { authorId: userId, status: 'accepted' },
      order: { decidedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  async findAmendment(id: string): Promise<AmendmentEntity | null> {
    return isUUID(id) ? this.dataSource.manager.findOneBy(AmendmentEntity, { id }) : null;
  }

  /** Decides a pending amendment; false when it was no longer pending. */
  async decideAmendment(manager: EntityManager, id: string, change: Partial<AmendmentEntity>): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(AmendmentEntity)
      .set({ ...change, decidedAt: () => 'now()' })
      .where(`id = :id AND status = 'pending'`, { id })
      .execute();
    return result.affected === 1;
  }
}
