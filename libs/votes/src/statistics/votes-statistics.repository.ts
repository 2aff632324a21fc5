import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { VoteMethod } from '../counting';
import type { VoteStatus } from '../vote.entity';

/**
 * Aggregates over the votes, their rolls' sizes, turnouts and proxies. None reads the ballots: a
 * count of who took part never meets what anyone chose.
 */
@Injectable()
export class VotesStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `$1` filters on the committees when it is not null. */
  private query<T>(sql: string, committeeIds: readonly string[] | null): Promise<T[]> {
    return this.dataSource.query(sql, [committeeIds]);
  }

  countsByStatusAndMethod(committeeIds: readonly string[] | null) {
    return this.query<{ status: VoteStatus; method: VoteMethod; votes: number }>(
      `SELECT "status", "method", count(*)::int AS "votes" FROM "vote"
       WHERE ($1::uuid[] IS NULL OR "committee_id" = ANY($1))
       GROUP BY "status", "method" ORDER BY "status", "method"`,
      committeeIds,
    );
  }

  /** ISO weeks (`2026-W49`) on the programme's clock, Paris time. */
  closedPerWeek(committeeIds: readonly string[] | null) {
    return this.query<{ week: string; votes: number }>(
      `SELECT to_char("closed_at" AT TIME ZONE 'Europe/Paris', 'IYYY-"W"IW') AS "week", count(*)::int AS "votes"
       FROM "vote" WHERE "status" = 'closed' AND ($1::uuid[] IS NULL OR "committee_id" = ANY($1))
       GROUP BY 1 ORDER BY 1`,
      committeeIds,
    );
  }

  closedTurnouts(committeeIds: readonly string[] | null) {
    return this.query<{
      voteId: string;
      committeeId: string;
      closedAt: Date;
      ballots: number;
      eligibleVoters: number;
    }>(
      `SELECT "id" AS "voteId", "committee_id" AS "committeeId", "closed_at" AS "closedAt",
              "ballot_count" AS "ballots", "eligible_count" AS "eligibleVoters"
       FROM "vote" WHERE "status" = 'closed' AND ($1::uuid[] IS NULL OR "committee_id" = ANY($1))
       ORDER BY "closed_at", "id"`,
      committeeIds,
    );
  }

  async quorum(committeeIds: readonly string[] | null) {
    const [row] = await this.query<{ closed: number; quorumReached: number }>(
      `SELECT count(*)::int AS "closed",
              count(*) FILTER (WHERE ("result" ->> 'quorumReached')::boolean)::int AS "quorumReached"
       FROM "vote" WHERE "status" = 'closed' AND ($1::uuid[] IS NULL OR "committee_id" = ANY($1))`,
      committeeIds,
    );
    return row;
  }

  /** A proxy is used when its holder cast its giver's ballot; it cannot be revoked after. */
  async proxies(committeeIds: readonly string[] | null) {
    const [row] = await this.query<{ given: number; revoked: number; used: number }>(
      `SELECT count(*)::int AS "given",
              count(*) FILTER (WHERE p."revoked_at" IS NOT NULL)::int AS "revoked",
              count(pa."voter_id")::int AS "used"
       FROM "vote_proxy" p
       JOIN "vote" v ON v."id" = p."vote_id"
       LEFT JOIN "vote_participation" pa
         ON pa."vote_id" = p."vote_id" AND pa."voter_id" = p."giver_id" AND pa."cast_by" = p."holder_id"
       WHERE $1::uuid[] IS NULL OR v."committee_id" = ANY($1)`,
      committeeIds,
    );
    return row;
  }

  /**
   * Who voted (cast a ballot, theirs or one by proxy) in a vote open during [`$2`, `$3`): a
   * participation carries no date, on purpose, so the vote's opening and closing date it.
   */
  async voterIds(committeeIds: readonly string[] | null, from: Date, to: Date): Promise<string[]> {
    const rows = await this.dataSource.query<{ person: string }[]>(
      `SELECT DISTINCT pa."cast_by" AS "person" FROM "vote_participation" pa JOIN "vote" v ON v."id" = pa."vote_id"
       WHERE ($1::uuid[] IS NULL OR v."committee_id" = ANY($1)) AND v."opened_at" < $3
         AND coalesce(v."closed_at", v."closes_at") >= $2`,
      [committeeIds, from, to],
    );
    return rows.map((row) => row.person);
  }
}
