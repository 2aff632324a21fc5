import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A call a person won: a laureate submission they applied for, in a published call. */
export interface CallWon {
  callId: string;
  callTitle: string;
  submissionId: string;
  commonName: string;
  /** The catalogue entry the laureate became, once it did. */
  commonId: string | null;
  decision: 'retained' | 'retained_with_conditions';
  decidedAt: Date;
}

/** What a person's public profile credits them with in the calls, read as the public would. */
@Injectable()
export class CallCreditsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  callsWonBy(userId: string, limit: number): Promise<CallWon[]> {
    return this.dataSource.query(
      `SELECT c.id AS "callId", c.title AS "callTitle", s.id AS "submissionId", s.common_name AS "commonName",
              s.common_id AS "commonId", s.decision, c.decided_at AS "decidedAt"
       FROM call_submission_applicant a
       JOIN call_submission s ON s.id = a.submission_id
       JOIN call c ON c.id = s.call_id
       WHERE a.user_id = $1 AND a.accepted
         AND s.decision IN ('retained', 'retained_with_conditions')
         AND c.state IN ('decided', 'closed')
       ORDER BY c.decided_at DESC, s.id
       LIMIT $2`,
      [userId, limit],
    );
  }

  async reviewsDoneBy(userId: string): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count
       FROM call_review r JOIN call c ON c.id = r.call_id
       WHERE r.reviewer_id = $1 AND r.state = 'submitted' AND c.state IN ('decided', 'closed')`,
      [userId],
    );
    return rows[0].count;
  }
}
