import { Injectable } from '@nestjs/common';
import { JobQueue } from '@ouvroir/core';

const QUEUE = 'vote-settle';

interface SettleJob {
  voteId: string;
}

/**
 * Opens and closes votes at their time so that pages change without a read, through the process's
 * job queue: a job is fetched by one instance only. Correctness never depends on it: reads and
 * ballots settle a due vote themselves, and settling is done once.
 */
@Injectable()
export class VoteJobs {
  constructor(private readonly jobs: JobQueue) {}

  async start(settle: (voteId: string) => Promise<void>): Promise<void> {
    await this.jobs.work<SettleJob>(QUEUE, {}, (job) => settle(job.voteId));
  }

  /** Settles the vote at `at` (its opening or its closing time). */
  async schedule(voteId: string, at: Date): Promise<void> {
    await this.jobs.send<SettleJob>(
      QUEUE,
      { voteId },
      { startAfter: at, singletonKey: `${voteId}@${at.toISOString()}` },
    );
  }
}
