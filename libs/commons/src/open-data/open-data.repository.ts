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

  /** The commons after `afterId` (all from the first when null), `size` of them, in one statement. */
  page(afterId: string | null, size: number): Promise<OpenDataRecord[]> {
    return this.dataSource.query(
      `SELECT c.id, c.slug, c.kind, c.name, c.summary, c.domain_id AS "domainId", c.status, c.licence,
         c.licence_open AS "licenceOpen", c.website, c.tags, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
         (SELECT r.url FROM common_repository r WHERE r.common_id = c.id AND r.role = 'source'
           ORDER BY r.position LIMIT 1) AS "sourceRepository",
         ARRAY(SELECT r.url FROM common_repository r WHERE r.common_id = c.id AND r.role = 'mirror'
           ORDER BY r.position) AS mirrors,
         ARRAY(SELECT DISTINCT r.forge FROM common_repository r WHERE r.common_id = c.id ORDER BY r.forge) AS forges,
         ARRAY(SELECT m.organisation_id FROM common_maintainer m
           WHERE m.common_id = c.id AND m.organisation_id IS NOT NULL ORDER BY m.created_at, m.id)
           AS "maintainingOrganisationIds",
         (SELECT count(*)::int FROM common_maintainer m WHERE m.common_id = c.id) AS "maintainerCount",
         ARRAY(SELECT u.organisation_id FROM common_usage u WHERE u.common_id = c.id ORDER BY u.created_at, u.id)
           AS "usingOrganisationIds",
         ARRAY(SELECT k.label FROM common_scolomfr s JOIN scolomfr_concept k ON k.uri = s.concept_uri
           WHERE s.common_id = c.id AND s.vocabulary = '022' ORDER BY k.position, k.label) AS levels,
         ARRAY(SELECT k.label FROM common_scolomfr s JOIN scolomfr_concept k ON k.uri = s.concept_uri
           WHERE s.common_id = c.id AND s.vocabulary = '015' ORDER BY k.position, k.label) AS subjects
       FROM common c WHERE $1::uuid IS NULL OR c.id > $1::uuid ORDER BY c.id LIMIT $2`,
      [afterId, size],
    );
  }

  /** The latest change in the catalogue (null when it is empty). */
  async lastUpdate(): Promise<Date | null> {
    const [row]: { at: Date | null }[] = await this.dataSource.query('SELECT max(updated_at) AS at FROM common');
    return row.at;
  }
}
