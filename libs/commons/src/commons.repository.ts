import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COMMON_LIMITS, ScolomfrVocabulary } from '@ouvroir/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ScolomfrConceptEntity } from './common-parts.entity';
import { CommonEntity } from './common.entity';

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
