import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { currentRequestId, runInRequest } from '../logging/request-context';

/** The queue of the domain events (DomainEvents), created at start so that any act may publish. */
export const DOMAIN_EVENT_QUEUE = 'domain-event';

const MAINTENANCE_SECONDS = 20;

export type JobOptions = Omit<PgBoss.SendOptions, 'db'>;
export type QueueOptions = Omit<PgBoss.Queue, 'name'>;

/** A job's data as handlers receive it: the request id of whoever sent it travels along. */
type Carried<T> = T & { requestId?: string };

/**
 * The one pg-boss of the process, in the app's own PostgreSQL and on its pool: jobs are fetched by
 * one instance only (SKIP LOCKED), survive restarts, and may be enqueued inside a domain's
 * transaction so that they exist if and only if it commits.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss | null = null;
  private readonly queues = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get pool(): Pool {
    return (this.dataSource.driver as PostgresDriver).master as Pool;
  }

  async onModuleInit(): Promise<void> {
    const pool = this.pool;
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schedule: false,
      // Expired jobs (their process died) are retried within this delay.
      maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
    });
    boss.on('error', (error) => this.logger.error(error));
    await this.oneInstanceAtATime(() => boss.start());
    this.boss = boss;
    await this.createQueue(DOMAIN_EVENT_QUEUE);
  }

  /** Creates the queue once (its retry and retention defaults apply to the jobs sent without theirs). */
  async createQueue(queue: string, options: QueueOptions = {}): Promise<void> {
    if (this.queues.has(queue)) return;
    const boss = this.started();
    await this.oneInstanceAtATime(async () => {
      if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { name: queue, ...options });
    });
    this.queues.add(queue);
  }

  /** Runs `handler` for each job of `queue`, one at a time; a throw has pg-boss retry the job as its options say. */
  async work<T extends object>(
    queue: string,
    options: PgBoss.WorkOptions,
    handler: (data: T, job: PgBoss.Job<Carried<T>>) => Promise<void>,
  ): Promise<void> {
    await this.createQueue(queue);
    await this.started().work<Carried<T>>(queue, { pollingIntervalSeconds: 1, ...options }, async (jobs) => {
      // A job's log lines carry the id of the request that sent it.
      for (const job of jobs) await runInRequest(job.data.requestId ?? job.id, () => handler(job.data, job));
    });
  }

  /** Enqueues a job now, outside any transaction; null when a singleton key already had one. */
  async send<T extends object>(queue: string, data: T, options: JobOptions = {}): Promise<string | null> {
    return this.started().send(queue, this.carry(data), options);
  }

  /**
   * Enqueues a job inside the caller's transaction (`manager` from `transaction()`): the job exists
   * if and only if the transaction commits.
   */
  async sendWithin<T extends object>(
    manager: EntityManager,
    queue: string,
    data: T,
    options: JobOptions = {},
  ): Promise<string | null> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error(`sendWithin(${queue}) needs a transaction's manager`);
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: (await runner.query(text, values, true)).records as unknown[],
      }),
    };
    return this.started().send(queue, this.carry(data), { ...options, db });
  }

  private carry<T extends object>(data: T): Carried<T> {
    return { ...data, requestId: currentRequestId() };
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not started (or already stopped)');
    return this.boss;
  }

  /**
   * Instances starting together on a fresh database deadlocked in pg-boss's schema and queue
   * creation (seen with two replicas): a session-level advisory lock lets them in one by one.
   */
  private async oneInstanceAtATime(work: () => Promise<unknown>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query(`SELECT pg_advisory_lock(hashtext('ouvroir:vote-jobs:start'))`);
      await work();
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('ouvroir:vote-jobs:start'))`).catch(() => undefined);
      client.release();
    }
  }

  /** Before TypeORM closes the pool the jobs share. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: false, wait: true, close: false });
    this.boss = null;
  }
}
