import type { CountingRules } from '@ouvroir/votes';

/** Counting rules for `method`, nothing else required unless given. */
export const rules = (overrides: Partial<CountingRules> & Pick<CountingRules, 'method'>): CountingRules => ({
  threshold: null,
  quorumPercent: 0,
  options: [],
  eligibleCount: 0,
  ...overrides,
});

/** Options named by their keys. */
export const optionsFor = (...keys: string[]) => keys.map((key) => ({ key, label: key }));

/** The same ballot, `count` times. */
export const times = <T>(count: number, choice: T): T[] => Array.from({ length: count }, () => choice);
