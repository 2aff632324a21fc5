import { errorReasons } from './errors';

/** Lengths a proposal's texts may have. */
export const PROPOSAL_LIMITS = {
  titleMax: 200,
  summaryMax: 2_000,
  bodyMax: 100_000,
  commentMax: 5_000,
  reasonMax: 1_000,
} as const;

export const PROPOSAL_ERRORS = errorReasons({});
