import { errorReasons } from './errors';

/** Lengths and counts of the live discussion. */
export const DISCUSSION_LIMITS = {
  messageMax: 10_000,
  mentionsMax: 20,
} as const;

export const DISCUSSION_ERRORS = errorReasons({
  CHANNEL_NOT_JOINED: {
    code: 'CONFLICT',
    fr: 'Rejoignez le salon avant d’y écrire.',
    en: 'Join the channel before writing in it.',
  },
});
