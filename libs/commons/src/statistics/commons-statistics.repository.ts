import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CountBy {
  value: string;
  count: number;
}

export interface WeeklyCount {
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  count: number;
}

interface Figures {
  total: number;
  withPublicMirror: number;
  usedByAtLeast: number;
  declaredUsers: number;
  maintainerPeople: number;
  maintainerOrganisations: number;
}

/** Aggregates over the catalogue, never a person. */
@Injectable()
export class CommonsStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  countBy(column: 'kind' | 'status' | 'domain_id' | 'licence_open'): Promise<CountBy[]> {
    return this.dataSource.query(
      `SELECT ${column}::text AS value, count(*)::int AS count FROM common GROUP BY ${column} ORDER BY count DESC, value`,
    );
  }

  byLicence(): Promise<CountBy[]> {
    return this.dataSource.query(
      `SELECT l.id AS value, count(*)::int AS count FROM common c, unnest(c.licence_ids) AS l(id)
       GROUP BY l.id ORDER BY count DESC, value`,
    );
  }

  /** Commons with at least one repository on each forge. */
  byForge(): Promise<CountBy[]> {
    return this.dataSource.query(
      `SELECT forge AS value, count(DISTINCT common_id)::int AS count FROM common_repository
       GROUP BY forge ORDER BY count DESC, value`,
    );
  }

  async figures(minimumOrganisations: number): Promise<Figures> {
    const [row] = await this.dataSource.query<(Omit<Figures, 'declaredUsers'> & { declaredUsers: string })[]>(
      `SELECT
         (SELECT count(*)::int FROM common) AS total,
         (SELECT count(DISTINCT common_id)::int FROM common_repository WHERE role = 'mirror') AS "withPublicMirror",
         (SELECT count(*)::int FROM (SELECT common_id FROM common_usage GROUP BY common_id
            HAVING count(*) >= $1) t) AS "usedByAtLeast",
         (SELECT coalesce(sum(user_count), 0)::bigint::text FROM common_usage) AS "declaredUsers",
         (SELECT count(DISTINCT user_id)::int FROM common_maintainer) AS "maintainerPeople",
         (SELECT count(DISTINCT organisation_id)::int FROM common_maintainer) AS "maintainerOrganisations"`,
      [minimumOrganisations],
    );
    return { ...row, declaredUsers: Number(row.declaredUsers) };
  }

  createdByWeek(since: Date): Promise<WeeklyCount[]> {
    return this.dataSource.query(
      `SELECT to_char(date_trunc('week', created_at), 'YYYY-MM-DD') AS week, count(*)::int AS count
       FROM common WHERE created_at >= $1 GROUP BY 1 ORDER BY 1`,
      [since],
    );
  }

  /** Maintainers (people) who edited a common they maintain in [`$1`, `$2`), of one domain's commons when `$3` is given. */
  async activeMaintainerIds(from: Date, to: Date, domainId: string | null): Promise<string[]> {
    const rows = await this.dataSource.query<{ person: string }[]>(
      `SELECT DISTINCT r.author_id AS person FROM common_revision r
       JOIN common_maintainer m ON m.common_id = r.common_id AND m.user_id = r.author_id
       JOIN common c ON c.id = r.common_id
       WHERE r.created_at >= $1 AND r.created_at < $2 AND ($3::uuid IS NULL OR c.domain_id = $3)`,
      [from, to, domainId],
    );
    return rows.map((row) => row.person);
  }
}
