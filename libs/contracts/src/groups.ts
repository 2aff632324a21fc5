import { errorReasons } from './errors';

/** Lengths a group's fields and join requests may have. */
export const GROUP_LIMITS = {
  nameMax: 120,
  shortDescriptionMax: 280,
  charterMax: 20_000,
  messageMax: 1_000,
} as const;

export const GROUP_ERRORS = errorReasons({});
