import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@ouvroir/core';
import { INDICATORS } from './definitions';
import { IndicatorSnapshotsRepository, SnapshotRow } from './indicator-snapshots.repository';
import { IndicatorsService, IndicatorRequest, periodOf } from './indicators.service';

export const SNAPSHOT_QUEUE = 'indicator-snapshots';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** How far back a backfill goes: two years of weeks. */
const BACKFILL_WEEKS = 104;

/** The first day any indicator has data for: no week before it is backfilled. */
const EARLIEST_DATA = INDICATORS.map((indicator) => indicator.since).sort()[0];

interface SnapshotJob {
  /** The Monday of the week to snapshot. */
  week: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday (UTC) of the week holding `date`. */
export function mondayOf(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return new Date(midnight - ((date.getUTCDay() + 6) % 7) * DAY_MS);
}

/**
 * The time series: every Monday, one job (pg-boss, so one instance runs it) snapshots the week just
 * ended, and fills the past weeks still missing for the indicators computed from dated facts.
 * Idempotent: the table's key (indicator, week, figure) keeps the first row of a week.
 */
@Injectable()
export class IndicatorSnapshotsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(IndicatorSnapshotsService.name);

  constructor(
    private readonly repository: IndicatorSnapshotsRepository,
    private readonly indicators: IndicatorsService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.createQueue(SNAPSHOT_QUEUE, { policy: 'short' });
    await this.jobs.work<SnapshotJob>(SNAPSHOT_QUEUE, {}, async (job) => {
      await this.scheduleNext(new Date());
      await this.run(job.week);
    });
    await this.scheduleNext(new Date()).catch((error: unknown) =>
      this.logger.error(`Instantanés non programmés : ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** The next Monday at 02:00 UTC snapshots the week then ended. */
  private async scheduleNext(now: Date): Promise<void> {
    const nextMonday = new Date(mondayOf(now).getTime() + WEEK_MS);
    const week = day(new Date(nextMonday.getTime() - WEEK_MS));
    await this.jobs.send<SnapshotJob>(
      SNAPSHOT_QUEUE,
      { week },
      { startAfter: new Date(nextMonday.getTime() + 2 * 3_600_000), singletonKey: week },
    );
  }

  /** Snapshots the week of Monday `week`, and backfills the weeks before it: how many rows were new. */
  async run(week: string): Promise<number> {
    let written = await this.snapshotWeek(week, true);
    const monday = new Date(`${week}T00:00:00Z`).getTime();
    const earliest = day(mondayOf(new Date(`${EARLIEST_DATA}T00:00:00Z`)));
    for (let back = 1; back <= BACKFILL_WEEKS; back++) {
      const past = day(new Date(monday - back * WEEK_MS));
      if (past < earliest) break;
      written += await this.snapshotWeek(past, false);
    }
    return written;
  }

  /**
   * One week's figures of every indicator (`current`: the states of now too, else only the
   * indicators computed from dated facts), the small-count rule applied.
   */
  async snapshotWeek(week: string, current: boolean): Promise<number> {
    const from = new Date(`${week}T00:00:00Z`);
    const to = new Date(from.getTime() + WEEK_MS);
    let written = 0;
    for (const indicator of INDICATORS) {
      if (!current && !indicator.historical) continue;
      if (await this.repository.hasWeek(indicator.code, week)) continue;
      const value = await this.indicators.computeFor(indicator.code, from, to);
      written += await this.repository.insertWeek(indicator.code, week, value.cells);
    }
    return written;
  }

  /** The weekly series of an indicator over a period (the same bounds as its live figures). */
  async series(code: string, request: Pick<IndicatorRequest, 'from' | 'to'>, now = new Date()): Promise<SnapshotRow[]> {
    this.indicators.definition(code);
    const { from, to } = periodOf(request, now);
    return this.repository.series(code, day(from), day(to));
  }
}
