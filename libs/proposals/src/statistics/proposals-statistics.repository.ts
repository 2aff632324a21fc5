import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How a person contributed to a proposal. */
export type ContributorKind = 'author' | 'commenter' | 'amender';

/** Where the figures count: these groups' proposals, or all of them (null). */
type GroupIds = readonly string[] | null;

/** Weeks begin on Monday at midnight in France, where the programme runs. */
const TIME_ZONE = 'Europe/Paris';

/** The week of a timestamp, as the local date of its Monday. */
const weekOf = (column: string) => `date_trunc('week', ${column} AT TIME ZONE '${TIME_ZONE}')`;

/** `$3`, when given, limits the proposals `p` to these groups. */
const IN_GROUPS = `($3::uuid[] IS NULL OR p.group_id = ANY($3::uuid[]))`;

/** Every week of [`$1`, `$2`), by its Monday. */
const WEEKS = `SELECT generate_series(${weekOf('$1::timestamptz')}, ${weekOf(`($2::timestamptz - interval '1 microsecond')`)}, interval '1 week') AS start`;

/** A week by its ISO name (2026-W05) and the date of its Monday (2026-01-26), with its counts. */
export type WeekCounts<K extends string> = { week: string; start: string } & Record<K, number>;

/**
 * Aggregates over the proposals' tables, for the indicators: counts only, and the contributors'
 * ids for one purpose, counting each person once across domains (never published).
 */
@Injectable()
export class ProposalsStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byState(groupIds: GroupIds): Promise<{ state: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT p.state, count(*)::int AS count FROM proposal p
       WHERE ($1::uuid[] IS NULL OR p.group_id = ANY($1::uuid[])) GROUP BY p.state`,
      [groupIds],
    );
  }

  /** Proposals created, and decided (adopted or rejected by a vote), in each week of the period. */
  createdAndDecidedPerWeek(from: Date, to: Date, groupIds: GroupIds): Promise<WeekCounts<'created' | 'decided'>[]> {
    return this.dataSource.query(
      `WITH weeks AS (${WEEKS}),
       created AS (
         SELECT ${weekOf('p.created_at')} AS start, count(*) AS n FROM proposal p
         WHERE p.created_at >= $1 AND p.created_at < $2 AND ${IN_GROUPS} GROUP BY 1),
       decided AS (
         SELECT ${weekOf('t.created_at')} AS start, count(*) AS n
         FROM proposal_transition t JOIN proposal p ON p.id = t.proposal_id
         WHERE t.to_state IN ('adopted', 'rejected') AND t.created_at >= $1 AND t.created_at < $2 AND ${IN_GROUPS}
         GROUP BY 1)
       SELECT to_char(w.start, 'IYYY-"W"IW') AS week, to_char(w.start, 'YYYY-MM-DD') AS start,
         coalesce(c.n, 0)::int AS created, coalesce(d.n, 0)::int AS decided
       FROM weeks w LEFT JOIN created c ON c.start = w.start LEFT JOIN decided d ON d.start = w.start
       ORDER BY w.start`,
      [from, to, groupIds],
    );
  }

  /** Decisions of votes in the period (all when null): how many of each, and the median days from creation. */
  async decisions(
    from: Date | null,
    to: Date | null,
    groupIds: GroupIds,
  ): Promise<{ adopted: number; rejected: number; median_days: number | null }> {
    const [row] = await this.dataSource.query<{ adopted: number; rejected: number; median_days: number | null }[]>(
      `SELECT count(*) FILTER (WHERE t.to_state = 'adopted')::int AS adopted,
         count(*) FILTER (WHERE t.to_state = 'rejected')::int AS rejected,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.created_at - p.created_at)) / 86400 AS median_days
       FROM proposal_transition t JOIN proposal p ON p.id = t.proposal_id
       WHERE t.to_state IN ('adopted', 'rejected')
         AND ($1::timestamptz IS NULL OR t.created_at >= $1) AND ($2::timestamptz IS NULL OR t.created_at < $2)
         AND ${IN_GROUPS}`,
      [from, to, groupIds],
    );
    return row;
  }

  /** Amendments proposed in the period (all when null), by their status now. */
  amendmentsByStatus(
    from: Date | null,
    to: Date | null,
    groupIds: GroupIds,
  ): Promise<{ status: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT a.status, count(*)::int AS count FROM amendment a JOIN proposal p ON p.id = a.proposal_id
       WHERE ($1::timestamptz IS NULL OR a.created_at >= $1) AND ($2::timestamptz IS NULL OR a.created_at < $2)
         AND ${IN_GROUPS}
       GROUP BY a.status`,
      [from, to, groupIds],
    );
  }

  /** Comments written in each week of the period, those hidden by moderation aside. */
  commentsPerWeek(from: Date, to: Date, groupIds: GroupIds): Promise<WeekCounts<'comments'>[]> {
    return this.dataSource.query(
      `WITH weeks AS (${WEEKS}),
       written AS (
         SELECT ${weekOf('c.created_at')} AS start, count(*) AS n
         FROM proposal_comment c JOIN proposal p ON p.id = c.proposal_id
         WHERE c.status <> 'hidden' AND c.created_at >= $1 AND c.created_at < $2 AND ${IN_GROUPS} GROUP BY 1)
       SELECT to_char(w.start, 'IYYY-"W"IW') AS week, to_char(w.start, 'YYYY-MM-DD') AS start,
         coalesce(n, 0)::int AS comments
       FROM weeks w LEFT JOIN written ON written.start = w.start
       ORDER BY w.start`,
      [from, to, groupIds],
    );
  }

  /**
   * The people who contributed in the period, counted once each: authors (a revision saved, an
   * accepted amendment credited to its amender included; a co-authorship that began and was
   * accepted), commenters (comments hidden by moderation aside), amenders.
   */
  async contributors(
    from: Date,
    to: Date,
    groupIds: GroupIds,
  ): Promise<{ authors: number; commenters: number; amenders: number; total: number }> {
    const [row] = await this.dataSource.query<
      { authors: number; commenters: number; amenders: number; total: number }[]
    >(
      `SELECT count(DISTINCT person) FILTER (WHERE kind = 'author')::int AS authors,
         count(DISTINCT person) FILTER (WHERE kind = 'commenter')::int AS commenters,
         count(DISTINCT person) FILTER (WHERE kind = 'amender')::int AS amenders,
         count(DISTINCT person)::int AS total
       FROM (
         SELECT 'author' AS kind, r.author_id AS person FROM proposal_revision r JOIN proposal p ON p.id = r.proposal_id
         WHERE r.created_at >= $1 AND r.created_at < $2 AND ${IN_GROUPS}
         UNION ALL
         SELECT 'author', a.user_id FROM proposal_author a JOIN proposal p ON p.id = a.proposal_id
         WHERE a.status = 'accepted' AND a.created_at >= $1 AND a.created_at < $2 AND ${IN_GROUPS}
         UNION ALL
         SELECT 'commenter', c.author_id FROM proposal_comment c JOIN proposal p ON p.id = c.proposal_id
         WHERE c.status <> 'hidden' AND c.created_at >= $1 AND c.created_at < $2 AND ${IN_GROUPS}
         UNION ALL
         SELECT 'amender', m.author_id FROM amendment m JOIN proposal p ON p.id = m.proposal_id
         WHERE m.created_at >= $1 AND m.created_at < $2 AND ${IN_GROUPS}
       ) contributions`,
      [from, to, groupIds],
    );
    return row;
  }

  /** The same people as `contributors`, as ids by kind: the indicators count them once with other domains' contributors. */
  async contributorIds(from: Date, to: Date, groupIds: GroupIds): Promise<{ kind: ContributorKind; person: string }[]> {
    return this.dataSource.query(
      `SELECT 'author' AS kind, r.author_id AS person FROM proposal_revision r JOIN proposal p ON p.id = r.proposal_id
       WHERE r.created_at >= $1 AND r.created_at < $2 AND ${IN_GROUPS}
       UNION
       SELECT 'author', a.user_id FROM proposal_author a JOIN proposal p ON p.id = a.proposal_id
       WHERE a.status = 'accepted' AND a.created_at >= $1 AND a.created_at < $2 AND ${IN_GROUPS}
       UNION
       SELECT 'commenter', c.author_id FROM proposal_comment c JOIN proposal p ON p.id = c.proposal_id
       WHERE c.status <> 'hidden' AND c.created_at >= $1 AND c.created_at < $2 AND ${IN_GROUPS}
       UNION
       SELECT 'amender', m.author_id FROM amendment m JOIN proposal p ON p.id = m.proposal_id
       WHERE m.created_at >= $1 AND m.created_at < $2 AND ${IN_GROUPS}`,
      [from, to, groupIds],
    );
  }
}
