import type { Client } from 'pg';
import { eventually } from './smtp';

/**
 * Waits until no background job is due or running (domain events handled, mails sent): acts
 * queue them, and a test that counts queries or reads notifications must not race them.
 */
export async function jobsDone(sql: Client, queues: string[] = ['domain-event', 'mail', 'vote-settle']): Promise<void> {
  await eventually('every due job done', async () => {
    const { rows } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active') AND start_after <= now()`,
      [queues],
    );
    return rows[0].n === 0;
  });
}
