import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentRequestId, runInRequest } from '@ouvroir/core';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const QUEUE = 'vote-settle';

interface SettleJob {
  voteId: string;
  requestId?: string;
}

/**
 * Opens and closes votes at their time so that pages change without a read, through pg-boss in
 * the app's own PostgreSQL: a job is fetched by one instance only (SKIP LOCKED). Correctness never
 * depends on it: reads and ballots settle a due vote themselves, and settling is done once.
 */
@Injectable()
export class VoteJobs implements BeforeApplicationShutdown {
  private readonly logger = new Logger(VoteJobs.name);
  private boss: PgBoss | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async start(settle: (voteId: string) => Promise<void>): Promise<void> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const boss = new PgBoss({ db: { executeSql: (text, values) => pool.query(text, values) }, schedule: false });
    boss.on('error', (error) => this.logger.error(error));
    await this.oneInstanceAtATime(pool, async () => {
      await boss.start();
      await boss.createQueue(QUEUE);
    });
    await boss.work<SettleJob>(QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
      // A job's log lines carry the id of the request that scheduled it.
      for (const job of jobs) await runInRequest(job.data.requestId ?? job.id, () => settle(job.data.voteId));
    });
    this.boss = boss;
  }

  /**
   * Instances starting together on a fresh database deadlocked in pg-boss's schema and queue
   * creation (seen with two replicas): a session-level advisory lock lets them in one by one.
   */
  private async oneInstanceAtATime(pool: Pool, work: () => Promise<void>): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query(`SELECT pg_advisory_lock(hashtext('ouvroir:vote-jobs:start'))`);
      await work();
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('ouvroir:vote-jobs:start'))`).catch(() => undefined);
      client.release();
    }
  }

  /** Settles the vote at `at` (its opening or its closing time). */
  async schedule(voteId: string, at: Date): Promise<void> {
    const job: SettleJob = { voteId, requestId: currentRequestId() };
    await this.boss?.send(QUEUE, job, { startAfter: at, singletonKey: `${voteId}@${at.toISOString()}` });
  }

  /** Before TypeORM closes the pool the jobs share. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: false, wait: true, close: false });
    this.boss = null;
  }
}
