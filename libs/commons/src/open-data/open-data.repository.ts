import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One common as the open data files need it, organisations and domain by id (their names are their domains'). */
export interface OpenDataRecord {
  id: string;
  slug: string;
  kind: string;
  name: string;
  summary: string;
  domainId: string;
  status: string;
  laureate: boolean;
  licence: string;
  licenceOpen: boolean;
  website: string | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  sourceRepository: string | null;
  mirrors: string[];
  forges: string[];
  maintainingOrganisationIds: string[];
  maintainerCount: number;
  usingOrganisationIds: string[];
  levels: string[];
  subjects: string[];
}

/** The catalogue read page by page along the ids, for files of any size. */
@Injectable()
export class OpenDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The commons after `afterId` (all from the first when null), `size` of them, in one statement: each
   * related table read once for the whole page (grouped), not once per common.
   */
  page(afterId: string | null, size: number): Promise<OpenDataRecord[]> {
    return this.dataSource.query(
      `WITH page AS (
         SELECT c.id, c.slug, c.kind, c.name, c.summary, c.domain_id, c.status, c.licence, c.licence_open, c.website,
           c.tags, c.created_at, c.updated_at, c.laureate_call_id IS NOT NULL AS laureate
         FROM common c WHERE $1::uuid IS NULL OR c.id > $1::uuid ORDER BY c.id LIMIT $2
       ), repositories AS (
         SELECT r.common_id, (array_agg(r.url ORDER BY r.position) FILTER (WHERE r.role = 'source'))[1] AS source,
           array_agg(r.url ORDER BY r.position) FILTER (WHERE r.role = 'mirror') AS mirrors,
           array_agg(DISTINCT r.forge ORDER BY r.forge) AS forges
         FROM common_repository r WHERE r.common_id IN (SELECT id FROM page) GROUP BY r.common_id
       ), maintainers AS (
         SELECT m.common_id, count(*)::int AS count,
           array_agg(m.organisation_id ORDER BY m.created_at, m.id) FILTER (WHERE m.organisation_id IS NOT NULL)
             AS organisations
         FROM common_maintainer m WHERE m.common_id IN (SELECT id FROM page) GROUP BY m.common_id
       ), usages AS (
         SELECT u.common_id, array_agg(u.organisation_id ORDER BY u.created_at, u.id) AS organisations
         FROM common_usage u WHERE u.common_id IN (SELECT id FROM page) GROUP BY u.common_id
       ), concepts AS (
         SELECT s.common_id,
           array_agg(k.label ORDER BY k.position, k.label) FILTER (WHERE s.vocabulary = '022') AS levels,
           array_agg(k.label ORDER BY k.position, k.label) FILTER (WHERE s.vocabulary = '015') AS subjects
         FROM common_scolomfr s JOIN scolomfr_concept k ON k.uri = s.concept_uri
         WHERE s.common_id IN (SELECT id FROM page) GROUP BY s.common_id
       )
       SELECT p.id, p.slug, p.kind, p.name, p.summary, p.domain_id AS "domainId", p.status, p.laureate, p.licence,
         p.licence_open AS "licenceOpen", p.website, p.tags, p.created_at AS "createdAt", p.updated_at AS "updatedAt",
         r.source AS "sourceRepository", coalesce(r.mirrors, '{}') AS mirrors, coalesce(r.forges, '{}') AS forges,
         coalesce(m.organisations, '{}') AS "maintainingOrganisationIds", coalesce(m.count, 0) AS "maintainerCount",
         coalesce(u.organisations, '{}') AS "usingOrganisationIds", coalesce(k.levels, '{}') AS levels,
         coalesce(k.subjects, '{}') AS subjects
       FROM page p
       LEFT JOIN repositories r ON r.common_id = p.id
       LEFT JOIN maintainers m ON m.common_id = p.id
       LEFT JOIN usages u ON u.common_id = p.id
       LEFT JOIN concepts k ON k.common_id = p.id
       ORDER BY p.id`,
      [afterId, size],
    );
  }

  /** The latest change in the catalogue (null when it is empty). */
  async lastUpdate(): Promise<Date | null> {
    const [row]: { at: Date | null }[] = await this.dataSource.query('SELECT max(updated_at) AS at FROM common');
    return row.at;
  }
}
