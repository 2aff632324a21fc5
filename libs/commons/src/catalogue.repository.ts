import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { COMMON_COLUMNS, CommonRow } from './commons.repository';

/** What the catalogue is narrowed to; each field left out narrows nothing. */
export interface CatalogueFilter {
  kinds?: string[];
  domainIds?: string[];
  licenceIds?: string[];
  licenceOpen?: boolean;
  /** Laureates of a call (true) or the others (false). */
  laureate?: boolean;
  levelUris?: string[];
  subjectUris?: string[];
  organisationId?: string;
  forges?: string[];
  statuses?: string[];
  tags?: string[];
}

/** The facets, each counted with every filter applied but its own. */
export const FACETS = [
  'kinds',
  'domains',
  'licences',
  'levels',
  'subjects',
  'organisations',
  'forges',
  'statuses',
] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetRow {
  facet: Facet | 'total';
  value: string | null;
  label: string | null;
  count: number;
}

/** Values shown per facet at most (the most frequent first); the small facets have fewer anyway. */
const FACET_VALUES_MAX = 30;

/** One filter as SQL on `c`, with its parameters. */
interface Condition {
  facet: Facet | null;
  sql: string;
}

@Injectable()
export class CatalogueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The conditions of a filter, their SQL naming `$n` parameters pushed into `params`. */
  private conditions(filter: CatalogueFilter, params: unknown[]): Condition[] {
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const conditions: Condition[] = [];
    if (filter.kinds?.length) conditions.push({ facet: 'kinds', sql: `c.kind = ANY(${param(filter.kinds)}::text[])` });
    if (filter.domainIds?.length) {
      conditions.push({ facet: 'domains', sql: `c.domain_id = ANY(${param(filter.domainIds)}::uuid[])` });
    }
    if (filter.licenceIds?.length) {
      conditions.push({ facet: 'licences', sql: `c.licence_ids && ${param(filter.licenceIds)}::text[]` });
    }
    if (filter.licenceOpen !== undefined && filter.licenceOpen !== null) {
      conditions.push({ facet: null, sql: `c.licence_open = ${param(filter.licenceOpen)}` });
    }
    if (filter.laureate !== undefined && filter.laureate !== null) {
      conditions.push({ facet: null, sql: `(c.laureate_call_id IS NOT NULL) = ${param(filter.laureate)}` });
    }
    for (const [facet, uris] of [
      ['levels', filter.levelUris],
      ['subjects', filter.subjectUris],
    ] as const) {
      if (uris?.length) {
        conditions.push({
          facet,
          sql: `EXISTS (SELECT 1 FROM common_scolomfr s WHERE s.common_id = c.id AND s.concept_uri = ANY(${param(uris)}::text[]))`,
        });
      }
    }
    if (filter.organisationId) {
      const organisation = param(filter.organisationId);
      conditions.push({
        facet: 'organisations',
        sql: `(EXISTS (SELECT 1 FROM common_maintainer m WHERE m.common_id = c.id AND m.organisation_id = ${organisation}::uuid)
           OR EXISTS (SELECT 1 FROM common_usage u WHERE u.common_id = c.id AND u.organisation_id = ${organisation}::uuid))`,
      });
    }
    if (filter.forges?.length) {
      conditions.push({
        facet: 'forges',
        sql: `EXISTS (SELECT 1 FROM common_repository r WHERE r.common_id = c.id AND r.forge = ANY(${param(filter.forges)}::text[]))`,
      });
    }
    if (filter.statuses?.length) {
      conditions.push({ facet: 'statuses', sql: `c.status = ANY(${param(filter.statuses)}::text[])` });
    }
    if (filter.tags?.length) conditions.push({ facet: null, sql: `c.tags && ${param(filter.tags)}::text[]` });
    return conditions;
  }

  /** A page of commons by name after the cursor (name, id), `first + 1` rows to know whether more follow. */
  page(filter: CatalogueFilter, first: number, after?: [string, string]): Promise<CommonRow[]> {
    const params: unknown[] = [];
    const where = this.conditions(filter, params).map((condition) => condition.sql);
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(c.name, c.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    return this.dataSource.query(
      `SELECT ${COMMON_COLUMNS('c')} FROM common c
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.name, c.id LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * Every facet's counts and the total, in one statement: each common is read once with a flag per
   * filter, and each facet counts the commons passing every flag but its own (standard faceting).
   * ScoLOMFR labels come with their counts; domains' and organisations' names from their domains.
   */
  async facets(filter: CatalogueFilter): Promise<FacetRow[]> {
    const params: unknown[] = [];
    const conditions = this.conditions(filter, params);
    const flags = conditions.map((condition, index) => `(${condition.sql}) AS f${index}`);
    const passing = (except: Facet | null) => {
      const kept = conditions.flatMap((condition, index) =>
        condition.facet !== except || except === null ? [`f${index}`] : [],
      );
      return kept.length ? kept.join(' AND ') : 'TRUE';
    };
    const top = (facet: Facet, select: string) =>
      `(SELECT '${facet}' AS facet, value, label, count FROM (${select}) t ORDER BY count DESC, value LIMIT ${FACET_VALUES_MAX})`;
    const concepts = (facet: Facet, vocabulary: string) =>
      top(
        facet,
        `SELECT k.uri AS value, k.label, count(*)::int AS count FROM base b
         JOIN common_scolomfr s ON s.common_id = b.id JOIN scolomfr_concept k ON k.uri = s.concept_uri
         WHERE s.vocabulary = '${vocabulary}' AND ${passing(facet)} GROUP BY k.uri, k.label`,
      );
    const sql = `
      WITH base AS MATERIALIZED (
        SELECT c.id, c.kind, c.domain_id, c.status, c.licence_ids${flags.length ? `, ${flags.join(', ')}` : ''}
        FROM common c
      )
      SELECT 'total' AS facet, NULL AS value, NULL AS label, count(*)::int AS count FROM base WHERE ${passing(null)}
      UNION ALL ${top('kinds', `SELECT kind AS value, NULL AS label, count(*)::int AS count FROM base WHERE ${passing('kinds')} GROUP BY kind`)}
      UNION ALL ${top('statuses', `SELECT status AS value, NULL AS label, count(*)::int AS count FROM base WHERE ${passing('statuses')} GROUP BY status`)}
      UNION ALL ${top('domains', `SELECT domain_id::text AS value, NULL AS label, count(*)::int AS count FROM base WHERE ${passing('domains')} GROUP BY domain_id`)}
      UNION ALL ${top(
        'licences',
        `SELECT l.id AS value, NULL AS label, count(*)::int AS count FROM base b, unnest(b.licence_ids) AS l(id)
         WHERE ${passing('licences')} GROUP BY l.id`,
      )}
      UNION ALL ${concepts('levels', '022')}
      UNION ALL ${concepts('subjects', '015')}
      UNION ALL ${top(
        'forges',
        `SELECT r.forge AS value, NULL AS label, count(DISTINCT b.id)::int AS count FROM base b
         JOIN common_repository r ON r.common_id = b.id WHERE ${passing('forges')} GROUP BY r.forge`,
      )}
      UNION ALL ${top(
        'organisations',
        `SELECT o.organisation_id::text AS value, NULL AS label, count(DISTINCT b.id)::int AS count FROM base b
         JOIN (SELECT common_id, organisation_id FROM common_maintainer WHERE organisation_id IS NOT NULL
               UNION SELECT common_id, organisation_id FROM common_usage) o ON o.common_id = b.id
         WHERE ${passing('organisations')} GROUP BY o.organisation_id`,
      )}`;
    return this.dataSource.query(sql, params);
  }
}
