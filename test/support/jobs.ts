import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { eventually } from './smtp';

/**
 * Waits until no background job is due or running (domain events handled, mails sent): acts
 * queue them, and a test that counts queries or reads notifications must not race them.
 */
export async function jobsDone(
  sql: Client | DataSource,
  queues: string[] = ['domain-event', 'mail', 'vote-settle'],
): Promise<void> {
  const pending = `SELECT count(*)::int AS n FROM pgboss.job
                    WHERE name = ANY($1) AND state IN ('created', 'retry', 'active') AND start_after <= now()`;
  await eventually('every due job done', async () => {
    // A test's own pg client, or the service tier's TypeORM connection (which answers the rows themselves).
    const rows: { n: number }[] =
      'driver' in sql ? await sql.query(pending, [queues]) : (await sql.query<{ n: number }>(pending, [queues])).rows;
    return rows[0].n === 0;
  });
}
