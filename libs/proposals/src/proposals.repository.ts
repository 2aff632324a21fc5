import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { keysetPage, Page } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AmendmentEntity,
  CommentEntity,
  ProposalAuthorEntity,
  RevisionEntity,
  SupportEntity,
  TransitionEntity,
} from './proposal-parts.entity';
import { ProposalEntity, ProposalState } from './proposal.entity';

/** Which proposals a reader may find outside one group; absent fields mean no restriction (administrators). */
export interface ReadableScope {
  /** Groups visible to the reader: their proposals except drafts. */
  groupIds: string[];
  /** Committees the reader belongs to: the proposals submitted to them. */
  committeeIds: string[];
  /** Groups the reader facilitates: their drafts too. */
  facilitatedGroupIds: string[];
  /** The reader, whose own proposals (drafts included) are readable in the groups they write in. */
  authorId: string | null;
  /** Groups the reader writes in (see WRITING_ROLES): authorship counts there only. */
  authoredGroupIds: string[];
}

export interface ProposalQuery {
  groupId?: string;
  states?: ProposalState[];
  /** Limits drafts to these authors' (absent: every draft of the group is readable). */
  draftsOf?: string | null;
  scope?: ReadableScope;
  search?: string;
}

const SUBMITTED_ONWARD = `('submitted', 'voting', 'adopted', 'rejected', 'in_progress', 'implemented')`;

@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, manager = this.dataSource.manager): Promise<ProposalEntity | null> {
    return isUUID(id) ? manager.findOneBy(ProposalEntity, { id }) : null;
  }

  findByIds(ids: readonly string[]): Promise<ProposalEntity[]> {
    const valid = ids.filter((id) => isUUID(id));
    return valid.length ? this.dataSource.manager.findBy(ProposalEntity, { id: In(valid) }) : Promise.resolve([]);
  }

  private filtered(query: ProposalQuery) {
    const builder = this.dataSource.manager.createQueryBuilder(ProposalEntity, 'proposal');
    if (query.groupId) builder.andWhere('proposal.group_id = :groupId', { groupId: query.groupId });
    if (query.states?.length) builder.andWhere('proposal.state = ANY(:states)', { states: query.states });
    if (query.draftsOf !== undefined) {
      builder.andWhere(
        `(proposal.state <> 'draft' OR EXISTS (SELECT 1 FROM proposal_author a WHERE a.proposal_id = proposal.id AND a.user_id = :draftAuthor))`,
        { draftAuthor: query.draftsOf },
      );
    }
    if (query.scope) {
      builder.andWhere(
        `((proposal.group_id = ANY(:groupIds) AND proposal.state <> 'draft')
          OR (proposal.committee_id = ANY(:committeeIds) AND proposal.state IN ${SUBMITTED_ONWARD})
          OR proposal.group_id = ANY(:facilitatedGroupIds)
          OR (proposal.group_id = ANY(:authoredGroupIds)
              AND EXISTS (SELECT 1 FROM proposal_author a WHERE a.proposal_id = proposal.id AND a.user_id = :scopeAuthor)))`,
        { ...query.scope, scopeAuthor: query.scope.authorId },
      );
    }
    return builder;
  }

  /** A page of proposals, the latest changed first. */
  page(query: ProposalQuery, first: number, after?: unknown[]): Promise<Page<ProposalEntity>> {
    return keysetPage(this.filtered(query), 'proposal.updated_at', 'proposal.id', first, after, 'DESC');
  }

  /** French full-text search, best match first; `offset` pages through the ranking. */
  async search(
    query: ProposalQuery & { search: string },
    first: number,
    offset: number,
  ): Promise<Page<ProposalEntity>> {
    const builder = this.filtered(query).andWhere(
      `proposal.search_document @@ websearch_to_tsquery('french_unaccent', :search)`,
      { search: query.search },
    );
    const total = await builder.clone().getCount();
    const rows = await builder
      .addSelect(`ts_rank(proposal.search_document, websearch_to_tsquery('french_unaccent', :search))`, 'rank')
      .orderBy('rank', 'DESC')
      .addOrderBy('proposal.id')
      .offset(offset)
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }

  /** Saves the new text if the latest revision is still `base`; false when someone saved meanwhile. */
  async saveText(
    manager: EntityManager,
    id: string,
    base: number,
    text: Pick<ProposalEntity, 'title' | 'summary' | 'body' | 'tags'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ProposalEntity)
      .set({ ...text, revisionNumber: () => 'revision_number + 1' })
      .where('id = :id AND revision_number = :base', { id, base })
      .execute();
    return result.affected === 1;
  }

  /** Moves the proposal from `from` to `to`; false when its state changed meanwhile. */
  async setState(manager: EntityManager, id: string, from: ProposalState, to: ProposalState): Promise<boolean> {
    const result = await manager.update(ProposalEntity, { id, state: from }, { state: to });
    return result.affected === 1;
  }

  async adjustCount(manager: EntityManager, id: string, column: 'support_count' | 'comment_count', delta: number) {
    await manager.query(`UPDATE proposal SET ${column} = ${column} + $2 WHERE id = $1`, [id, delta]);
  }

  insert<T extends object>(manager: EntityManager, entity: new () => T, values: Partial<T>): Promise<T> {
    return manager.save(entity, manager.create(entity, values as T));
  }

  // Authors

  authorsOf(proposalIds: readonly string[]): Promise<ProposalAuthorEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ProposalAuthorEntity, 'author')
      .where('author.proposal_id = ANY(:proposalIds)', { proposalIds })
      .orderBy('author.created_at')
      .getMany();
  }

  findAuthorship(proposalId: string, userId: string, manager = this.dataSource.manager) {
    return manager.findOneBy(ProposalAuthorEntity, { proposalId, userId });
  }

  async acceptAuthorship(manager: EntityManager, proposalId: string, userId: string): Promise<void> {
    await manager.update(ProposalAuthorEntity, { proposalId, userId }, { status: 'accepted' });
  }

  async deleteAuthorship(manager: EntityManager, proposalId: string, userId: string): Promise<void> {
    await manager.delete(ProposalAuthorEntity, { proposalId, userId });
  }

  // Revisions

  revisions(proposalId: string, first: number, after?: unknown[]): Promise<Page<RevisionEntity>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(RevisionEntity, 'revision')
      .where('revision.proposal_id = :proposalId', { proposalId });
    return keysetPage(builder, 'revision.number', 'revision.id', first, after, 'DESC');
  }

  findRevision(proposalId: string, number: number, manager = this.dataSource.manager) {
    return manager.findOneBy(RevisionEntity, { proposalId, number });
  }

  // Comments

  comments(proposalId: string, first: number, after?: unknown[]): Promise<Page<CommentEntity>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(CommentEntity, 'comment')
      .where('comment.proposal_id = :proposalId AND comment.parent_id IS NULL', { proposalId });
    return keysetPage(builder, 'comment.created_at', 'comment.id', first, after);
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

  amendments(proposalId: string): Promise<AmendmentEntity[]> {
    return this.dataSource.manager.find(AmendmentEntity, { where: { proposalId }, order: { createdAt: 'DESC' } });
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

  // Supports

  /** Adds the support; false when it was there already. */
  async addSupport(manager: EntityManager, proposalId: string, userId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(SupportEntity)
      .values({ proposalId, userId })
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  async removeSupport(manager: EntityManager, proposalId: string, userId: string): Promise<boolean> {
    const result = await manager.delete(SupportEntity, { proposalId, userId });
    return result.affected === 1;
  }

  async supportedBy(userId: string, proposalIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(SupportEntity, 'support')
      .where('support.user_id = :userId AND support.proposal_id = ANY(:proposalIds)', { userId, proposalIds })
      .getMany();
    return new Set(rows.map((row) => row.proposalId));
  }

  // Timeline

  transitions(proposalId: string): Promise<TransitionEntity[]> {
    return this.dataSource.manager.find(TransitionEntity, { where: { proposalId }, order: { createdAt: 'ASC' } });
  }
}
