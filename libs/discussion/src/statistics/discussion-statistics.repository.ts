import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Weeks begin on Monday at midnight in France, where the programme runs. */
const weekOf = (column: string) => `date_trunc('week', ${column} AT TIME ZONE 'Europe/Paris')`;

/** Messages counted per week, in SQL: no message's text nor author leaves this class. */
@Injectable()
export class DiscussionStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every week of [`$1`, `$2`), those without messages included; `$3` the groups whose salons count. */
  messagesPerWeek(from: Date, to: Date, groupIds: readonly string[]): Promise<{ week: string; messages: number }[]> {
    return this.dataSource.query(
      `WITH weeks AS (
         SELECT generate_series(${weekOf('$1::timestamptz')}, ${weekOf(`($2::timestamptz - interval '1 microsecond')`)},
                                interval '1 week') AS start),
       written AS (
         SELECT ${weekOf('m.created_at')} AS start, count(*) AS n
         FROM message m JOIN channel c ON c.id = m.channel_id
         WHERE c.group_id = ANY($3::uuid[]) AND m.status <> 'removed' AND m.created_at >= $1 AND m.created_at < $2
         GROUP BY 1)
       SELECT to_char(w.start, 'IYYY-"W"IW') AS week, coalesce(n, 0)::int AS messages
       FROM weeks w LEFT JOIN written ON written.start = w.start ORDER BY w.start`,
      [from, to, groupIds],
    );
  }
}
