import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { ProposalAuthorEntity, SupportEntity } from './proposal-parts.entity';
import { ProposalEntity, ProposalState } from './proposal.entity';
import { fromJson, readAfter, sortedAfter } from './sql-rows';

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

  /** Proposals with their authors, in one statement: where a reader stands starts from there. */
  async withAuthors(ids: readonly string[]): Promise<AuthoredProposal[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (!valid.length) return [];
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(ProposalEntity, 'proposal')
      .addSelect(authorsOf('proposal'), 'authors')
      .where('proposal.id = ANY(:ids)', { ids: valid })
      .getRawAndEntities<{ proposal_id: string; authors: unknown }>();
    const authors = new Map(raw.map((row) => [row.proposal_id, authorsFrom(row.authors)]));
    return entities.map((proposal) => ({ proposal, authors: authors.get(proposal.id) ?? [] }));
  }

  private filtered(query: ProposalQuery, alias = 'proposal') {
    const builder = this.dataSource.manager.createQueryBuilder(ProposalEntity, alias);
    if (query.groupId) builder.andWhere(`${alias}.group_id = :groupId`, { groupId: query.groupId });
    if (query.states?.length) builder.andWhere(`${alias}.state = ANY(:states)`, { states: query.states });
    if (query.draftsOf !== undefined) {
      builder.andWhere(
        `(${alias}.state <> 'draft' OR EXISTS (SELECT 1 FROM proposal_author a WHERE a.proposal_id = ${alias}.id AND a.user_id = :draftAuthor))`,
        { draftAuthor: query.draftsOf },
      );
    }
    if (query.scope) {
      builder.andWhere(
        `((${alias}.group_id = ANY(:groupIds) AND ${alias}.state <> 'draft')
          OR (${alias}.committee_id = ANY(:committeeIds) AND ${alias}.state IN ${SUBMITTED_ONWARD})
          OR ${alias}.group_id = ANY(:facilitatedGroupIds)
          OR (${alias}.group_id = ANY(:authoredGroupIds)
              AND EXISTS (SELECT 1 FROM proposal_author a WHERE a.proposal_id = ${alias}.id AND a.user_id = :scopeAuthor)))`,
        { ...query.scope, scopeAuthor: query.scope.authorId },
      );
    }
    if (query.search) {
      builder.andWhere(`${alias}.search_document @@ websearch_to_tsquery('french_unaccent', :search)`, {
        search: query.search,
      });
    }
    return builder;
  }

  /** The matching proposals, with the count of all that match and each one's authors as columns. */
  private listed(query: ProposalQuery) {
    const count = this.filtered(query, 'counted').select('count(*)');
    return this.filtered(query).addSelect(`(${count.getQuery()})`, 'total').addSelect(authorsOf('proposal'), 'authors');
  }

  /** Reads a page of `listed`; the count is asked apart only of a page past the end. */
  private async read(builder: SelectQueryBuilder<ProposalEntity>, query: ProposalQuery, past: boolean) {
    const { entities, raw } = await builder.getRawAndEntities<{
      proposal_id: string;
      total: string;
      authors: unknown;
    }>();
    const authors = new Map(raw.map((row) => [row.proposal_id, authorsFrom(row.authors)]));
    const total = raw.length ? Number(raw[0].total) : past ? await this.filtered(query).getCount() : 0;
    return { rows: entities, total, authors };
  }

  /** A page of proposals, the latest changed first, counted and with their authors in one statement. */
  page(query: ProposalQuery, first: number, after?: unknown[]): Promise<ProposalPage> {
    const builder = sortedAfter(this.listed(query), 'proposal.updated_at', 'proposal.id', first, after, 'DESC');
    return readAfter(after, () => this.read(builder, query, after !== undefined));
  }

  /** French full-text search, best match first; `offset` pages through the ranking. */
  search(query: ProposalQuery & { search: string }, first: number, offset: number): Promise<ProposalPage> {
    const builder = this.listed(query)
      .addSelect(`ts_rank(proposal.search_document, websearch_to_tsquery('french_unaccent', :search))`, 'rank')
      .orderBy('rank', 'DESC')
      .addOrderBy('proposal.id')
      .offset(offset)
      .limit(first + 1);
    return this.read(builder, query, offset > 0);
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

  /** One person's authorships among these proposals. */
  authorshipsOf(userId: string, proposalIds: readonly string[]): Promise<ProposalAuthorEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ProposalAuthorEntity, 'author')
      .where('author.user_id = :userId AND author.proposal_id = ANY(:proposalIds)', { userId, proposalIds })
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
