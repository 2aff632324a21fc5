import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COMMON_LIMITS, ScolomfrVocabulary } from '@ouvroir/contracts';
import { DataSource, EntityManager } from 'typeorm';
import {
  CommonDecisionEntity,
  CommonMaintainerEntity,
  CommonRepositoryEntity,
  CommonRevisionEntity,
  CommonSnapshot,
  CommonUsageEntity,
  ScolomfrConceptEntity,
} from './common-parts.entity';
import { CommonEntity } from './common.entity';
import { ValidRepository } from './common.rules';

/** A common as read, with whether its maintenance waits for confirmation (by the database clock). */
export type CommonRow = CommonEntity & { maintenanceDue: boolean };

/** The columns of a common as the entity names them, for raw statements. */
export const COMMON_COLUMNS = (alias: string) => `${alias}.id, ${alias}.kind, ${alias}.name, ${alias}.slug,
  ${alias}.summary, ${alias}.description, ${alias}.domain_id AS "domainId",
  ${alias}.stewarding_group_id AS "stewardingGroupId", ${alias}.status, ${alias}.website, ${alias}.tags,
  ${alias}.licence, ${alias}.licence_ids AS "licenceIds", ${alias}.licence_open AS "licenceOpen",
  ${alias}.revision, ${alias}.publiccode_report AS "publiccodeReport", ${alias}.laureate_call_id AS "laureateCallId",
  ${alias}.maintenance_confirmed_at AS "maintenanceConfirmedAt", ${alias}.created_by AS "createdBy",
  ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt",
  ${alias}.maintenance_confirmed_at < now() - interval '${COMMON_LIMITS.maintenanceMonths} months' AS "maintenanceDue"`;

/** The fields an edit writes, as columns. */
export interface CommonWrite {
  kind: string;
  name: string;
  summary: string;
  description: string;
  domainId: string;
  stewardingGroupId: string | null;
  status: string;
  website: string | null;
  tags: string[];
  licence: string;
  licenceIds: string[];
  licenceOpen: boolean;
}

/** A ScoLOMFR value of a common, with its label. */
export interface CommonConcept {
  commonId: string;
  uri: string;
  vocabulary: ScolomfrVocabulary;
  label: string;
}

@Injectable()
export class CommonsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.manager.transaction(work);
  }

  private on(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // Commons

  async findById(id: string, manager?: EntityManager, lock = false): Promise<CommonRow | null> {
    const rows: CommonRow[] = await this.on(manager).query(
      `SELECT ${COMMON_COLUMNS('c')} FROM common c WHERE c.id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findBySlug(slug: string): Promise<CommonRow | null> {
    const rows: CommonRow[] = await this.dataSource.query(
      `SELECT ${COMMON_COLUMNS('c')} FROM common c WHERE c.slug = $1`,
      [slug],
    );
    return rows[0] ?? null;
  }

  findByIds(ids: readonly string[]): Promise<CommonRow[]> {
    return this.dataSource.query(`SELECT ${COMMON_COLUMNS('c')} FROM common c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  async slugTaken(manager: EntityManager, slug: string): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM common WHERE slug = $1', [slug]);
    return rows.length > 0;
  }

  /** The slugs beginning with `base` (to derive a free one from a name). */
  async slugsLike(manager: EntityManager, base: string): Promise<string[]> {
    const rows: { slug: string }[] = await manager.query(`SELECT slug FROM common WHERE slug = $1 OR slug LIKE $2`, [
      base,
      `${base.replace(/[\\%_]/g, '\\$&')}-%`,
    ]);
    return rows.map((row) => row.slug);
  }

  async insertCommon(
    manager: EntityManager,
    fields: CommonWrite & { slug: string; createdBy: string; laureateCallId: string | null },
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO common (kind, name, slug, summary, description, domain_id, stewarding_group_id, status, website,
         tags, licence, licence_ids, licence_open, created_by, laureate_call_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [
        fields.kind,
        fields.name,
        fields.slug,
        fields.summary,
        fields.description,
        fields.domainId,
        fields.stewardingGroupId,
        fields.status,
        fields.website,
        fields.tags,
        fields.licence,
        fields.licenceIds,
        fields.licenceOpen,
        fields.createdBy,
        fields.laureateCallId,
      ],
    );
    return id;
  }

  /** Marks the common as a laureate of the call (only a call's published decision does). */
  async setLaureateCall(manager: EntityManager, id: string, callId: string): Promise<void> {
    await manager.query('UPDATE common SET laureate_call_id = $2, updated_at = now() WHERE id = $1', [id, callId]);
  }

  /**
   * The oldest common, locked, whose repository or website is this address (compared without case, a final
   * slash or `.git`): the entry a submission's URL already points to.
   */
  async findByAddress(manager: EntityManager, url: string): Promise<CommonRow | null> {
    const key = (column: string) => `lower(regexp_replace(${column}, '(\\.git)?/*$', ''))`;
    const rows: CommonRow[] = await manager.query(
      `SELECT ${COMMON_COLUMNS('c')} FROM common c
       WHERE ${key('c.website')} = ${key('$1')}
          OR EXISTS (SELECT 1 FROM common_repository r WHERE r.common_id = c.id AND ${key('r.url')} = ${key('$1')})
       ORDER BY c.created_at, c.id LIMIT 1 FOR UPDATE OF c`,
      [url],
    );
    return rows[0] ?? null;
  }

  /** Writes an edit made from `baseRevision`; false (nothing written) when another came first. */
  async updateCommon(manager: EntityManager, id: string, baseRevision: number, fields: CommonWrite): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE common SET kind = $3, name = $4, summary = $5, description = $6, domain_id = $7,
         stewarding_group_id = $8, status = $9, website = $10, tags = $11, licence = $12, licence_ids = $13,
         licence_open = $14, revision = revision + 1, updated_at = now()
       WHERE id = $1 AND revision = $2`,
      [
        id,
        baseRevision,
        fields.kind,
        fields.name,
        fields.summary,
        fields.description,
        fields.domainId,
        fields.stewardingGroupId,
        fields.status,
        fields.website,
        fields.tags,
        fields.licence,
        fields.licenceIds,
        fields.licenceOpen,
      ],
    );
    return affected === 1;
  }

  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE common SET updated_at = now() WHERE id = $1', [id]);
  }

  async confirmMaintenance(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE common SET maintenance_confirmed_at = now() WHERE id = $1', [id]);
  }

  async setPubliccodeReport(manager: EntityManager, id: string, report: Record<string, unknown> | null): Promise<void> {
    await manager.query('UPDATE common SET publiccode_report = $2 WHERE id = $1', [id, report]);
  }

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

  // ScoLOMFR

  concepts(vocabulary: ScolomfrVocabulary): Promise<ScolomfrConceptEntity[]> {
    return this.dataSource.manager.find(ScolomfrConceptEntity, { where: { vocabulary }, order: { position: 'ASC' } });
  }

  conceptsByUris(manager: EntityManager, uris: readonly string[]): Promise<ScolomfrConceptEntity[]> {
    return manager.query(`SELECT uri, vocabulary, label, position FROM scolomfr_concept WHERE uri = ANY($1::text[])`, [
      uris,
    ]);
  }

  async replaceScolomfr(manager: EntityManager, commonId: string, concepts: ScolomfrConceptEntity[]): Promise<void> {
    await manager.query('DELETE FROM common_scolomfr WHERE common_id = $1', [commonId]);
    if (concepts.length === 0) return;
    await manager.query(
      `INSERT INTO common_scolomfr (common_id, concept_uri, vocabulary)
       SELECT $1, * FROM unnest($2::text[], $3::text[])`,
      [commonId, concepts.map((concept) => concept.uri), concepts.map((concept) => concept.vocabulary)],
    );
  }

  scolomfrOf(commonIds: readonly string[]): Promise<CommonConcept[]> {
    return this.dataSource.query(
      `SELECT s.common_id AS "commonId", k.uri, k.vocabulary, k.label
       FROM common_scolomfr s JOIN scolomfr_concept k ON k.uri = s.concept_uri
       WHERE s.common_id = ANY($1::uuid[]) ORDER BY k.position`,
      [commonIds],
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

  maintainersOf(commonIds: readonly string[], manager?: EntityManager): Promise<CommonMaintainerEntity[]> {
    return this.on(manager).query(
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

  /** Whether the person maintains the common, in person or through their organisation. */
  async maintains(commonId: string, userId: string, organisationId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM common_maintainer WHERE common_id = $1 AND (user_id = $2 OR organisation_id = $3) LIMIT 1`,
      [commonId, userId, organisationId],
    );
    return rows.length > 0;
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

  // Relayed messages

  /** The messages this person relayed in the last hour (the database's clock), locking out a race past the limit. */
  async messagesInLastHour(manager: EntityManager, senderId: string): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`common_message:${senderId}`]);
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM common_message WHERE sender_id = $1 AND created_at > now() - interval '1 hour'`,
      [senderId],
    );
    return count;
  }

  async insertMessage(manager: EntityManager, commonId: string, senderId: string, body: string): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      'INSERT INTO common_message (common_id, sender_id, body) VALUES ($1, $2, $3) RETURNING id',
      [commonId, senderId, body],
    );
    return id;
  }

  messagesByIds(ids: readonly string[]): Promise<{ id: string; commonId: string; senderId: string; body: string }[]> {
    return this.dataSource.query(
      `SELECT id, common_id AS "commonId", sender_id AS "senderId", body FROM common_message WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  // Maintenance

  /**
   * The commons whose maintenance fell due since the last reminder: confirmed more than 12 months
   * ago, not archived, and not reminded since (the reminder is a journal-free mark on the common).
   */
  async dueForReminder(manager: EntityManager, limit: number): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE common SET maintenance_reminded_at = now()
       WHERE id IN (
         SELECT id FROM common
         WHERE status <> 'archived'
           AND maintenance_confirmed_at < now() - interval '${COMMON_LIMITS.maintenanceMonths} months'
           AND (maintenance_reminded_at IS NULL OR maintenance_reminded_at < maintenance_confirmed_at
                OR maintenance_reminded_at < now() - interval '1 month')
         ORDER BY maintenance_confirmed_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [limit],
    );
    return rows.map((row) => row.id);
  }
}
