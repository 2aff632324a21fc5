import { Injectable } from '@nestjs/common';
import { CallsRepository } from '../calls.repository';

export interface CallStatistics {
  calls: number;
  submitted: number;
  eligible: number;
  ineligible: number;
  /** eligible / (eligible + ineligible), null before any decision. */
  eligibilityRate: number | null;
  laureates: number;
  milestonesDone: number;
  milestonesLate: number;
}

/** For the indicators: counts over all calls, or one; never a person. */
@Injectable()
export class CallsStatisticsService {
  constructor(private readonly repository: CallsRepository) {}

  async summary(callId: string | null = null): Promise<CallStatistics> {
    const counts = await this.repository.statistics(callId);
    const decided = counts.eligible + counts.ineligible;
    return {
      calls: counts.calls,
      submitted: counts.submitted,
      eligible: counts.eligible,
      ineligible: counts.ineligible,
      eligibilityRate: decided ? Math.round((counts.eligible / decided) * 1000) / 1000 : null,
      laureates: counts.laureates,
      milestonesDone: counts.milestonesDone,
      milestonesLate: counts.milestonesLate,
    };
  }
}
