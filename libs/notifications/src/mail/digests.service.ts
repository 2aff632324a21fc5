import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobQueue } from '@ouvroir/core';
import { DataSource } from 'typeorm';
import { MailQueue } from './mail-queue.service';

export const DIGEST_QUEUE = 'mail-digest';
export type DigestCadence = 'daily' | 'weekly';

interface DigestJob {
  cadence: DigestCadence;
  /** `daily:2026-12-07`: the day (UTC) the digest goes, the Monday for a weekly one. */
  period: string;
}

/** Digests go at 06:00 UTC (07:00 or 08:00 in Paris): daily every day, weekly on Mondays. */
const DIGEST_HOUR_UTC = 6;

/** The next digest time of `cadence` strictly after `now`, and its period's key. */
export function nextDigest(cadence: DigestCadence, now: Date): { at: Date; period: string } {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  while (at <= now || (cadence === 'weekly' && at.getUTCDay() !== 1)) at.setUTCDate(at.getUTCDate() + 1);
  return { at, period: `${cadence}:${at.toISOString().slice(0, 10)}` };
}

/**
 * The daily and weekly digests: one job per period (a `short` queue keeps one waiting per period
 * whatever the number of instances), which gathers each person's notifications of that cadence not
 * yet digested into one mail, and schedules the next period. `mail_delivery`'s unique
 * (recipient, period) makes a period run twice send one digest each.
 */
@Injectable()
export class DigestsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mails: MailQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.createQueue(DIGEST_QUEUE, { policy: 'short' });
    await this.jobs.work<DigestJob>(DIGEST_QUEUE, {}, async (job) => {
      await this.scheduleNext(job.cadence);
      await this.run(job.cadence, job.period);
    });
    for (const cadence of ['daily', 'weekly'] as const) await this.scheduleAtStart(cadence);
  }

  /**
   * Once seen in the tests, pg-boss refused the first job of the queue just created (« no partition of
   * relation job found for row »): tried again a little later, and a start never fails on it (the
   * next start, or the next period's job, schedules the digest again).
   */
  private async scheduleAtStart(cadence: DigestCadence): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.scheduleNext(cadence);
      } catch (error) {
        if (attempt === 3) {
          this.logger.error(
            `Résumé ${cadence} non programmé : ${error instanceof Error ? error.message : String(error)}`,
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  }

  private async scheduleNext(cadence: DigestCadence): Promise<void> {
    const { at, period } = nextDigest(cadence, new Date());
    await this.jobs.send<DigestJob>(DIGEST_QUEUE, { cadence, period }, { startAfter: at, singletonKey: period });
  }

  /** Queues the period's digest of everyone who has notifications of that cadence waiting; how many. */
  async run(cadence: DigestCadence, period: string): Promise<number> {
    const waiting = await this.dataSource.query<{ recipient_id: string }[]>(
      `SELECT DISTINCT "recipient_id" FROM "notification" WHERE "mail_cadence" = $1 AND "digested_at" IS NULL`,
      [cadence],
    );
    let queued = 0;
    for (const { recipient_id: recipientId } of waiting) {
      const sent = await this.dataSource
        .transaction(async (manager) => {
          // Those read in the application meanwhile are not mailed, but taken all the same.
          const rows = await manager.query<[{ id: string; read: boolean }[], number]>(
            `UPDATE "notification" SET "digested_at" = now()
           WHERE "recipient_id" = $1 AND "mail_cadence" = $2 AND "digested_at" IS NULL
           RETURNING "id", "read_at" IS NOT NULL AS "read"`,
            [recipientId, cadence],
          );
          const ids = rows[0].filter((row) => !row.read).map((row) => row.id);
          if (ids.length === 0) return false;
          // Nothing is written when this period already had its digest: the rows stay as they were.
          const deliveryId = await this.mails.enqueueWithin(manager, {
            recipientId,
            notificationIds: ids,
            digestPeriod: period,
          });
          if (!deliveryId) throw new DigestAlreadySent();
          return true;
        })
        .catch((error: unknown) => {
          if (error instanceof DigestAlreadySent) return false;
          throw error;
        });
      if (sent) queued += 1;
    }
    return queued;
  }
}

class DigestAlreadySent extends Error {}
