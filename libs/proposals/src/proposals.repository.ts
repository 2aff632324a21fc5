import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { entityColumns, Page, preparedQuery, readAfter } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { ProposalAuthorEntity, SupportEntity } from './proposal-parts.entity';
import { ProposalEntity, ProposalState } from './proposal.entity';
import { fromJson } from './sql-rows';

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
  /** Only the proposals of these groups. */
  inGroups?: string[];
  /** Only the proposals going to these committees. */
  toCommittees?: string[];
  /** Only the proposals where this person is an author with this status. */
  authoredBy?: { userId: string; status: 'accepted' | 'invited' };
}

/** A page of proposals with the authors of each, read in the same statement. */
export interface ProposalPage extends Page<ProposalEntity> {
  authors: Map<string, ProposalAuthorEntity[]>;
}

/** A proposal with all its authors, accepted and invited. */
export interface AuthoredProposal {
  proposal: ProposalEntity;
  authors: ProposalAuthorEntity[];
}

const SUBMITTED_ONWARD = `('submitted', 'voting', 'adopted', 'rejected', 'in_progress', 'implemented')`;

/** The authors of the proposal `alias`, oldest first, as one JSON array. */
const authorsOf = (alias: string) =>
  `(SELECT coalesce(json_agg(json_build_object('proposalId', a.proposal_id, 'userId', a.user_id, 'status', a.status,
      'invitedBy', a.invited_by, 'createdAt', a.created_at) ORDER BY a.created_at), '[]')
    FROM proposal_author a WHERE a.proposal_id = ${alias}.id)`;
const authorsFrom = (json: unknown) => fromJson<ProposalAuthorEntity>(json, ['createdAt']);

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

  /** The proposal's columns under their properties' names, read as entities without the query builder. */
  private get columns(): string {
    return entityColumns(this.dataSource, ProposalEntity, 'proposal');
  }

  /**
   * Reads `sql`'s rows (the proposal's columns, then `authors`) as proposals and their authors, as a
   * prepared statement named after `label` (the lists and the proposal page ask these on every
   * visit), or unnamed without a label: a full-text search is planned for its own words, since a
   * plan made once for any words cannot know how rare they are (npm run bench: twice as slow).
   */
  private async authored(
    label: string | null,
    sql: string,
    params: unknown[],
  ): Promise<(AuthoredProposal & { total?: number })[]> {
    const rows: Record<string, unknown>[] = label
      ? await preparedQuery(this.dataSource, label, sql, params)
      : await this.dataSource.query(sql, params);
    return rows.map(({ authors, total, ...columns }) => ({
      proposal: Object.assign(new ProposalEntity(), columns),
      authors: authorsFrom(authors),
      total: total as number | undefined,
    }));
  }

  /** Proposals with their authors, in one statement: where a reader stands starts from there. */
  async withAuthors(ids: readonly string[]): Promise<AuthoredProposal[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (!valid.length) return [];
    return this.authored(
      'proposals_with_authors',
      `SELECT ${this.columns}, ${authorsOf('proposal')} AS authors FROM proposal proposal WHERE proposal.id = ANY($1)`,
      [valid],
    );
  }

  /** How many non-draft proposals of these groups, in these states, each person is an accepted author of. */
  async authoredCounts(
    userIds: readonly string[],
    groupIds: readonly string[],
    states: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: { userId: string; count: number }[] = await this.dataSource.query(
      `SELECT a.user_id AS "userId", count(*)::int AS count
         FROM proposal_author a JOIN proposal p ON p.id = a.proposal_id
        WHERE a.user_id = ANY($1::uuid[]) AND a.status = 'accepted'
          AND p.group_id = ANY($2::uuid[]) AND p.state <> 'draft' AND p.state = ANY($3::text[])
        GROUP BY a.user_id`,
      [userIds, groupIds, states],
    );
    return new Map(rows.map((row) => [row.userId, row.count]));
  }

  /** The conditions of `query` on the proposals `proposal`, their values pushed onto `params`. */
  private conditions(query: ProposalQuery, params: unknown[]): string {
    const $ = (value: unknown) => `$${params.push(value)}`;
    const conditions: string[] = [];
    if (query.groupId) conditions.push(`proposal.group_id = ${$(query.groupId)}`);
    if (query.states?.length) conditions.push(`proposal.state = ANY(${$(query.states)})`);
    if (query.draftsOf !== undefined) {
      conditions.push(
        `(proposal.state <> 'draft' OR EXISTS (SELECT 1 FROM proposal_author a WHERE a.proposal_id = proposal.id AND a.user_id = ${$(query.draftsOf)}))`,
      );
    }
    if (query.scope) {
      const scope = query.scope;
      conditions.push(
        `((proposal.group_id = ANY(${$(scope.groupIds)}) AND proposal.state <> 'draft')
          OR (proposal.committee_id = ANY(${$(scope.committeeIds)}) AND proposal.state IN ${SUBMITTED_ONWARD})
          OR proposal.group_id = ANY(${$(scope.facilitatedGroupIds)})
          OR (proposal.group_id = ANY(${$(scope.authoredGroupIds)})
              AND EXISTS (SELECT 1 FROM proposal_author a WHERE a.proposal_id = proposal.id AND a.user_id = ${$(scope.authorId)})))`,
      );
    }
    if (query.inGroups) conditions.push(`proposal.group_id = ANY(${$(query.inGroups)})`);
    if (query.toCommittees) conditions.push(`proposal.committee_id = ANY(${$(query.toCommittees)})`);
    if (query.authoredBy) {
      conditions.push(
        `EXISTS (SELECT 1 FROM proposal_author a WHERE a.proposal_id = proposal.id AND a.user_id = ${$(query.authoredBy.userId)} AND a.status = ${$(query.authoredBy.status)})`,
      );
    }
    if (query.search) {
      conditions.push(`proposal.search_document @@ websearch_to_tsquery('french_unaccent', ${$(query.search)})`);
    }
    return conditions.length ? conditions.join(' AND ') : 'true';
  }

  /**
   * A page of the proposals matching `query` (the `where` its conditions made, `params` their
   * values), with the count of all that match and each one's authors, in one statement; the count
   * is asked apart only of a page past the end.
   */
  private async listed(
    query: ProposalQuery,
    where: string,
    params: unknown[],
    past: boolean,
    rest: string,
  ): Promise<ProposalPage> {
    const rows = await this.authored(
      query.search ? null : 'proposals_page',
      `SELECT ${this.columns}, ${authorsOf('proposal')} AS authors,
         (SELECT count(*)::int FROM proposal proposal WHERE ${where}) AS total
       FROM proposal proposal ${rest}`,
      params,
    );
    const total = rows.length ? rows[0].total! : past ? await this.count(query) : 0;
    return {
      rows: rows.map((row) => row.proposal),
      total,
      authors: new Map(rows.map((row) => [row.proposal.id, row.authors])),
    };
  }

  private async count(query: ProposalQuery): Promise<number> {
    const params: unknown[] = [];
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM proposal proposal WHERE ${this.conditions(query, params)}`,
      params,
    );
    return count;
  }

  /** A page of proposals, the latest changed first, counted and with their authors in one statement. */
  page(query: ProposalQuery, first: number, after?: unknown[]): Promise<ProposalPage> {
    const params: unknown[] = [];
    const where = this.conditions(query, params);
    const beyond = after
      ? ` AND (proposal.updated_at, proposal.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`
      : '';
    const rest = `WHERE ${where}${beyond} ORDER BY proposal.updated_at DESC, proposal.id DESC LIMIT $${params.push(first + 1)}`;
    return readAfter(after, () => this.listed(query, where, params, after !== undefined, rest));
  }

  /** French full-text search, best match first; `offset` pages through the ranking. */
  search(query: ProposalQuery & { search: string }, first: number, offset: number): Promise<ProposalPage> {
    const params: unknown[] = [];
    const where = this.conditions(query, params);
    const rank = `ts_rank(proposal.search_document, websearch_to_tsquery('french_unaccent', $${params.push(query.search)}))`;
    const rest = `WHERE ${where} ORDER BY ${rank} DESC, proposal.id LIMIT $${params.push(first + 1)} OFFSET $${params.push(offset)}`;
    return this.listed(query, where, params, offset > 0, rest);
  }

  /** A proposal and its authors' ids as the act's transaction sees them, for its search document. */
  async searchable(manager: EntityManager, id: string): Promise<{ proposal: ProposalEntity; authorIds: string[] }> {
    const proposal = await manager.findOneByOrFail(ProposalEntity, { id });
    const authors = await manager.findBy(ProposalAuthorEntity, { proposalId: id });
    return { proposal, authorIds: authors.map((author) => author.userId) };
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

  async contributedGroupIds(userId: string): Promise<string[]> {
    const rows: { group_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.group_id FROM proposal p
        WHERE p.state <> 'draft'
          AND (EXISTS (SELECT 1 FROM proposal_author a
                        WHERE a.proposal_id = p.id AND a.user_id = $1 AND a.status = 'accepted')
            OR EXISTS (SELECT 1 FROM amendment m
                        WHERE m.proposal_id = p.id AND m.author_id = $1 AND m.status = 'accepted'))`,
      [userId],
    );
    return rows.map((row) => row.group_id);
  }

  authorsOf(proposalIds: readonly string[]): Promise<ProposalAuthorEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ProposalAuthorEntity, 'author')
      .where('author.proposal_id = ANY(:proposalIds)', { proposalIds })
      .orderBy('author.created_at')
      .getMany();
  }

  /** One person's authorships among these proposals. */
  authorshipsOf(userId: string, proposalIds: readonly string[]): Promise<ProposalAuthorEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ProposalAuthorEntity, 'author')
      .where('author.user_id = :userId AND author.proposal_id = ANY(:proposalIds)', { userId, proposalIds })
      .getMany();
  }

  async acceptAuthorship(manager: EntityManager, proposalId: string, userId: string): Promise<void> {
    await manager.update(ProposalAuthorEntity, { proposalId, userId }, { status: 'accepted' });
  }

  async deleteAuthorship(manager: EntityManager, proposalId: string, userId: string): Promise<void> {
    await manager.delete(ProposalAuthorEntity, { proposalId, userId });
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
}
