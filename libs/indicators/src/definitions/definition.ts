import type { CallsStatisticsService } from '@ouvroir/calls';
import type { CommonsStatisticsService } from '@ouvroir/commons';
import type { DiscussionStatisticsService } from '@ouvroir/discussion';
import type { IdentityStatisticsService } from '@ouvroir/identity';
import type { ProposalsStatisticsService } from '@ouvroir/proposals';
import type { VotesStatisticsService } from '@ouvroir/votes';
import type { RawCell } from '../privacy';

/** The domains' statistics services: the indicators read nothing else. */
export interface IndicatorSources {
  identity: IdentityStatisticsService;
  proposals: ProposalsStatisticsService;
  votes: VotesStatisticsService;
  commons: CommonsStatisticsService;
  discussion: DiscussionStatisticsService;
  calls: CallsStatisticsService;
}

/** What one computation covers: a period, and the public groups in scope (a domain's, a group, or all). */
export interface IndicatorContext {
  from: Date;
  to: Date;
  groupIds: string[];
  /** The domain asked, if any (commons belong to a domain, not to a group). */
  domainId: string | null;
  /** Whether one group was asked: what belongs to no group (commons) is then out of scope. */
  oneGroup: boolean;
}

export type IndicatorTheme = 'participation' | 'production' | 'gouvernance' | 'appels' | 'discussion';

export interface IndicatorDefinition {
  code: string;
  theme: IndicatorTheme;
  name: string;
  definition: string;
  unit: string;
  /** What it covers, in words. */
  scope: string;
  computation: string;
  /** The first day the platform holds the data it rests on. */
  since: string;
  /** Whether a domain or a group narrows it (else it covers the whole programme). */
  byGroup: boolean;
  /** Whether it is a share (0–1), shown as a percentage. */
  share?: boolean;
  /**
   * Whether it is computed over its period from dated facts, so that a past week can be computed
   * again (backfill); otherwise it is a state at the moment of the computation.
   */
  historical?: boolean;
  compute: (sources: IndicatorSources, context: IndicatorContext) => Promise<RawCell[]>;
}

export const PLATFORM_SINCE = '2026-01-05';

export const total = (value: number, people = false): RawCell => ({
  key: 'total',
  label: 'Total',
  value,
  ...(people ? { people: value } : {}),
});

const DAY_MS = 86_400_000;

/** Counts by category, each a part of the total; those in `people` rest on people. */
export const breakdown = (
  prefix: string,
  rows: { value: string; count: number }[],
  labels: Record<string, string>,
  people = false,
): RawCell[] => [
  total(
    rows.reduce((sum, row) => sum + row.count, 0),
    people,
  ),
  ...rows.map((row) => ({
    key: `${prefix}:${row.value}`,
    label: labels[row.value] ?? row.value,
    value: row.count,
    part: true,
    ...(people ? { people: row.count } : {}),
  })),
];

/** The Monday (UTC midnight) of an ISO week `2026-W05`. */
export function isoWeekStart(week: string): Date {
  const [year, number] = week.split('-W').map(Number);
  const january4 = new Date(Date.UTC(year, 0, 4));
  const monday = january4.getTime() - ((january4.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday + (number - 1) * 7 * DAY_MS);
}
