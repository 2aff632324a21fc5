import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CommonDecisionEntity,
  CommonMaintainerEntity,
  CommonRepositoryEntity,
  CommonRevisionEntity,
  CommonSnapshot,
  CommonUsageEntity,
} from './common-parts.entity';
import { ValidRepository } from './common.rules';
import { COMMON_COLUMNS, CommonRow } from './commons.repository';

/** What hangs off a common: its revisions, repositories, maintainers, usages and linked decisions. */
@Injectable()
export class CommonPartsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Revisions

  async insertRevision(
    manager: EntityManager,
    commonId: string,
    number: number,
    authorId: string,
    snapshot: CommonSnapshot,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO common_revision (common_id, number, author_id, snapshot) VALUES ($1, $2, $3, $4)',
      [commonId, number, authorId, snapshot],
    );
  }

  /** The latest `first` revisions of each common, in one statement. */
  revisionsOf(commonIds: readonly string[], first: number): Promise<CommonRevisionEntity[]> {
    return this.dataSource.query(
      `SELECT id, "commonId", number, "authorId", snapshot, "createdAt" FROM (
         SELECT id, common_id AS "commonId", number, author_id AS "authorId", snapshot, created_at AS "createdAt",
           row_number() OVER (PARTITION BY common_id ORDER BY number DESC) AS rank
         FROM common_revision WHERE common_id = ANY($1::uuid[])) r
       WHERE rank <= $2 ORDER BY "commonId", number DESC`,
      [commonIds, first],
    );
  }

  // Repositories

  async replaceRepositories(manager: EntityManager, commonId: string, repositories: ValidRepository[]): Promise<void> {
    await manager.query('DELETE FROM common_repository WHERE common_id = $1', [commonId]);
    const ids = new Map<string, string>();
    // Sources first, so that each mirror names the id of its source.
    const ordered = [...repositories].sort((a, b) => Number(a.role === 'mirror') - Number(b.role === 'mirror'));
    for (const repository of ordered) {
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO common_repository (common_id, url, forge, role, mirror_of, position)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          commonId,
          repository.url,
          repository.forge,
          repository.role,
          repository.mirrorOfUrl ? ids.get(repository.mirrorOfUrl) : null,
          repository.position,
        ],
      );
      ids.set(repository.url, id);
    }
  }

  repositoriesOf(commonIds: readonly string[]): Promise<CommonRepositoryEntity[]> {
    return this.dataSource.query(
      `SELECT id, common_id AS "commonId", url, forge, role, mirror_of AS "mirrorOf", position
       FROM common_repository WHERE common_id = ANY($1::uuid[]) ORDER BY position`,
      [commonIds],
    );
  }

  // Maintainers

  maintainedBy(userId: string, limit: number): Promise<(CommonRow & { maintainerSince: Date })[]> {
    return this.dataSource.query(
      `SELECT ${COMMON_COLUMNS('c')}, m.created_at AS "maintainerSince"
         FROM common_maintainer m JOIN common c ON c.id = m.common_id
        WHERE m.user_id = $1
        ORDER BY m.created_at DESC, c.id
        LIMIT $2`,
      [userId, limit],
    );
  }

  /** How many commons each person maintains in person, counted up to `cap`. */
  async maintainedCounts(userIds: readonly string[], cap: number): Promise<Map<string, number>> {
    const rows: { userId: string; count: number }[] = await this.dataSource.query(
      `SELECT user_id AS "userId", LEAST(count(*), $2)::int AS count
         FROM common_maintainer WHERE user_id = ANY($1::uuid[]) GROUP BY user_id`,
      [userIds, cap],
    );
    return new Map(rows.map((row) => [row.userId, row.count]));
  }

  maintainersOf(commonIds: readonly string[], manager?: EntityManager): Promise<CommonMaintainerEntity[]> {
    return (manager ?? this.dataSource.manager).query(
      `SELECT id, common_id AS "commonId", user_id AS "userId", organisation_id AS "organisationId",
         added_by AS "addedBy", created_at AS "createdAt"
       FROM common_maintainer WHERE common_id = ANY($1::uuid[])
       -- Those named at publication share its time: the publisher, who added themself, first.
       ORDER BY created_at, (user_id = added_by) IS NOT TRUE, id`,
      [commonIds],
    );
  }

  async insertMaintainer(
    manager: EntityManager,
    maintainer: Pick<CommonMaintainerEntity, 'commonId' | 'userId' | 'organisationId' | 'addedBy'>,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO common_maintainer (common_id, user_id, organisation_id, added_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [maintainer.commonId, maintainer.userId, maintainer.organisationId, maintainer.addedBy],
    );
    return rows[0]?.id ?? null;
  }

  async deleteMaintainer(manager: EntityManager, commonId: string, maintainerId: string): Promise<void> {
    await manager.query('DELETE FROM common_maintainer WHERE common_id = $1 AND id = $2', [commonId, maintainerId]);
  }

  /** The commons among `commonIds` the person maintains, in person or through their organisation. */
  async maintainedAmong(
    commonIds: readonly string[],
    userId: string,
    organisationId: string | null,
  ): Promise<string[]> {
    const rows: { commonId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT common_id AS "commonId" FROM common_maintainer
       WHERE common_id = ANY($1::uuid[]) AND (user_id = $2 OR organisation_id = $3)`,
      [commonIds, userId, organisationId],
    );
    return rows.map((row) => row.commonId);
  }

  // Usages

  usagesOf(commonIds: readonly string[]): Promise<CommonUsageEntity[]> {
    return this.dataSource.query(
      `SELECT id, common_id AS "commonId", organisation_id AS "organisationId", instance_url AS "instanceUrl",
         user_count AS "userCount", declared_by AS "declaredBy", created_at AS "createdAt"
       FROM common_usage WHERE common_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [commonIds],
    );
  }

  async insertUsage(
    manager: EntityManager,
    usage: Pick<CommonUsageEntity, 'commonId' | 'organisationId' | 'instanceUrl' | 'userCount' | 'declaredBy'>,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO common_usage (common_id, organisation_id, instance_url, user_count, declared_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT common_usage_organisation_uq DO NOTHING RETURNING id`,
      [usage.commonId, usage.organisationId, usage.instanceUrl, usage.userCount, usage.declaredBy],
    );
    return rows[0]?.id ?? null;
  }

  async deleteUsage(manager: EntityManager, commonId: string, organisationId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      'DELETE FROM common_usage WHERE common_id = $1 AND organisation_id = $2',
      [commonId, organisationId],
    );
    return affected === 1;
  }

  /** The commons an organisation maintains and those it uses, by name. */
  async commonsOfOrganisation(organisationId: string): Promise<{ maintained: CommonRow[]; used: CommonRow[] }> {
    const rows: (CommonRow & { relation: 'maintained' | 'used' })[] = await this.dataSource.query(
      `SELECT ${COMMON_COLUMNS('c')}, r.relation FROM (
         SELECT common_id, 'maintained' AS relation FROM common_maintainer WHERE organisation_id = $1
         UNION SELECT common_id, 'used' FROM common_usage WHERE organisation_id = $1
       ) r JOIN common c ON c.id = r.common_id ORDER BY c.name, c.id LIMIT 400`,
      [organisationId],
    );
    return {
      maintained: rows.filter((row) => row.relation === 'maintained'),
      used: rows.filter((row) => row.relation === 'used'),
    };
  }

  // Decisions

  decisionsOf(commonIds: readonly string[]): Promise<CommonDecisionEntity[]> {
    return this.dataSource.query(
      `SELECT common_id AS "commonId", proposal_id AS "proposalId", linked_by AS "linkedBy", created_at AS "createdAt"
       FROM common_decision WHERE common_id = ANY($1::uuid[]) ORDER BY created_at DESC`,
      [commonIds],
    );
  }

  async insertDecision(
    manager: EntityManager,
    commonId: string,
    proposalId: string,
    linkedBy: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO common_decision (common_id, proposal_id, linked_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING common_id`,
      [commonId, proposalId, linkedBy],
    );
    return rows.length > 0;
  }

  async deleteDecision(manager: EntityManager, commonId: string, proposalId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      'DELETE FROM common_decision WHERE common_id = $1 AND proposal_id = $2',
      [commonId, proposalId],
    );
    return affected === 1;
  }
}
