import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { Metrics } from '../metrics/metrics';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { currentRequestId, runInRequest } from '../logging/request-context';

/** The queue of the domain events (DomainEvents), created at start so that any act may publish. */
export const DOMAIN_EVENT_QUEUE = 'domain-event';

const MAINTENANCE_SECONDS = 20;
const STOP_TIMEOUT_MS = 10_000;

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
  private stopping = false;
  /** The workers' loops, each ending once the queue stops and its job under way is done. */
  private readonly loops: Promise<void>[] = [];
  /** Ends the workers' pauses at shutdown. */
  private readonly wakers = new Set<() => void>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    metrics: Metrics,
  ) {
    metrics.gauge(
      'ouvroir_job_queue_depth',
      'Tâches en attente, par file (toutes instances confondues : la file est dans PostgreSQL)',
      async () => {
        const boss = this.boss;
        if (!boss) return {};
        const queues = [...this.queues];
        const sizes = await Promise.all(queues.map((queue) => boss.getQueueSize(queue)));
        return Object.fromEntries(queues.map((queue, index) => [queue, sizes[index]]));
      },
      'queue',
    );
  }

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

  /**
   * Runs `handler` for each job of `queue`, one at a time; a throw has pg-boss retry the job as its
   * options say. Our own loop rather than pg-boss's `work`, which leaves the rejection of its
   * completion unhandled when the database is away (the process then exits): here a job whose end
   * cannot be recorded stays active, expires and runs again, so handlers are idempotent.
   */
  async work<T extends object>(
    queue: string,
    options: { pollingIntervalSeconds?: number },
    handler: (data: T, job: PgBoss.Job<Carried<T>>) => Promise<void>,
  ): Promise<void> {
    await this.createQueue(queue);
    const interval = (options.pollingIntervalSeconds ?? 1) * 1000;
    const loop = async () => {
      while (!this.stopping) {
        const jobs = await this.started()
          .fetch<Carried<T>>(queue, { batchSize: 1 })
          .catch((error: unknown) => {
            this.logger.warn(
              `Travaux « ${queue} » non lus : ${error instanceof Error ? error.message : String(error)}`,
            );
            return [];
          });
        if (jobs.length === 0) await this.pause(interval);
        for (const job of jobs) await this.run(queue, job, handler);
      }
    };
    this.loops.push(loop());
  }

  private async run<T extends object>(
    queue: string,
    job: PgBoss.Job<Carried<T>>,
    handler: (data: T, job: PgBoss.Job<Carried<T>>) => Promise<void>,
  ): Promise<void> {
    const boss = this.started();
    const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
    // A job's log lines carry the id of the request that sent it.
    await runInRequest(job.data.requestId ?? job.id, () => handler(job.data, job))
      .then(
        () => boss.complete(queue, job.id),
        (error: unknown) => {
          this.logger.warn(`Travail « ${queue} » ${job.id} en échec : ${message(error)}`);
          return boss.fail(queue, job.id, { message: message(error) });
        },
      )
      .catch((error: unknown) =>
        this.logger.warn(`Fin du travail « ${queue} » ${job.id} non notée : ${message(error)}`),
      );
  }

  /** Waits `ms`, or less when the queue stops. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
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

  /**
   * Before TypeORM closes the pool the jobs share: the jobs under way finish first (a domain event
   * being handled, a mail being sent), within STOP_TIMEOUT_MS; one still running then stays active
   * in the database, expires and runs again after the next start.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const wake of this.wakers) wake();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(this.loops),
      new Promise((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    await this.boss?.stop({ graceful: false, wait: true, close: false });
    this.boss = null;
  }
}
