import { Injectable } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { AMENDMENT_STATUSES, AmendmentStatus } from '../proposal-parts.entity';
import { PROPOSAL_STATES, ProposalState } from '../proposal.entity';
import { ContributorKind, ProposalsStatisticsRepository, WeekCounts } from './proposals-statistics.repository';

/**
 * Which proposals count: those of these groups (the caller's choice: a domain's groups, the public
 * ones…), or all of them when absent. An empty list counts nothing.
 */
export interface StatisticsScope {
  groupIds?: readonly string[];
}

/** From `from` included to `to` excluded. */
export interface StatisticsPeriod {
  from: Date;
  to: Date;
}

export interface ProposalDecisions {
  /** Proposals adopted, and rejected, by a vote: the inputs of an adoption rate. */
  adopted: number;
  rejected: number;
  /** The median number of days from a proposal's creation to its vote's decision; null without decisions. */
  medianDaysToDecision: number | null;
}

export interface ProposalContributors {
  /** Distinct people who wrote a revision (a new proposal included) or became co-authors. */
  authors: number;
  commenters: number;
  amenders: number;
  /** Distinct people among all of them. */
  total: number;
}

/**
 * The proposals' aggregate read API, for the indicators, which never read these tables: counts,
 * per state, per ISO week (weeks begin on Monday in France), never a person's id. Whether a figure
 * may be published (small counts, non-public groups) is the caller's rule.
 */
@Injectable()
export class ProposalsStatisticsService {
  constructor(private readonly repository: ProposalsStatisticsRepository) {}

  /** How many proposals are in each state now. */
  async byState(scope: StatisticsScope = {}): Promise<Record<ProposalState, number>> {
    const rows = await this.repository.byState(scope.groupIds ?? null);
    return countsOf(
      PROPOSAL_STATES,
      rows.map((row) => [row.state, row.count]),
    );
  }

  /** Proposals created, and decided by a vote, in each week of the period (weeks without any included). */
  async createdAndDecidedPerWeek(
    period: StatisticsPeriod,
    scope: StatisticsScope = {},
  ): Promise<WeekCounts<'created' | 'decided'>[]> {
    assertPeriod(period);
    return this.repository.createdAndDecidedPerWeek(period.from, period.to, scope.groupIds ?? null);
  }

  /** The votes' decisions on proposals, in the period when given (by the decision's date). */
  async decisions(scope: StatisticsScope = {}, period?: StatisticsPeriod): Promise<ProposalDecisions> {
    if (period) assertPeriod(period);
    const row = await this.repository.decisions(period?.from ?? null, period?.to ?? null, scope.groupIds ?? null);
    return {
      adopted: row.adopted,
      rejected: row.rejected,
      medianDaysToDecision: row.median_days === null ? null : Number(row.median_days),
    };
  }

  /** Amendments by their status now, those proposed in the period when given. */
  async amendmentsByStatus(
    scope: StatisticsScope = {},
    period?: StatisticsPeriod,
  ): Promise<Record<AmendmentStatus, number>> {
    if (period) assertPeriod(period);
    const rows = await this.repository.amendmentsByStatus(
      period?.from ?? null,
      period?.to ?? null,
      scope.groupIds ?? null,
    );
    return countsOf(
      AMENDMENT_STATUSES,
      rows.map((row) => [row.status, row.count]),
    );
  }

  /** Comments written in each week of the period, those hidden by moderation aside. */
  async commentsPerWeek(period: StatisticsPeriod, scope: StatisticsScope = {}): Promise<WeekCounts<'comments'>[]> {
    assertPeriod(period);
    return this.repository.commentsPerWeek(period.from, period.to, scope.groupIds ?? null);
  }

  /** How many people contributed to proposals in the period, each counted once per kind and in the total. */
  async contributors(period: StatisticsPeriod, scope: StatisticsScope = {}): Promise<ProposalContributors> {
    assertPeriod(period);
    return this.repository.contributors(period.from, period.to, scope.groupIds ?? null);
  }

  /**
   * The ids of the same people by kind, for the indicators only: a person who also voted or
   * maintained a common counts once among the active contributors. Never published.
   */
  async contributorIds(
    period: StatisticsPeriod,
    scope: StatisticsScope = {},
  ): Promise<Record<ContributorKind, string[]>> {
    assertPeriod(period);
    const rows = await this.repository.contributorIds(period.from, period.to, scope.groupIds ?? null);
    const ids: Record<ContributorKind, string[]> = { author: [], commenter: [], amender: [] };
    for (const row of rows) ids[row.kind].push(row.person);
    return ids;
  }
}

function assertPeriod({ from, to }: StatisticsPeriod): void {
  if (!(from.getTime() < to.getTime())) throw DomainError.of('STATISTICS_PERIOD_INVALID');
}

/** Every key with its count, 0 when no row has it. */
function countsOf<K extends string>(keys: readonly K[], rows: [string, number][]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const [key, count] of rows) if (key in counts) counts[key as K] = count;
  return counts;
}
