import { errorReasons } from './errors';

export const AUDIT_ERRORS = errorReasons({
  AUDIT_DATE_UNREADABLE: {
    code: 'BAD_USER_INPUT',
    fr: 'Date illisible : utilisez le format 2026-11-28T09:00:00Z.',
    en: 'Unreadable date: use the format 2026-11-28T09:00:00Z.',
  },
  AUDIT_PERIOD_REVERSED: {
    code: 'BAD_USER_INPUT',
    fr: 'La date de début doit précéder la date de fin.',
    en: 'The start date must come before the end date.',
  },
  AUDIT_CURSOR_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Curseur de pagination invalide : repartez de la première page.',
    en: 'Invalid page cursor: start again from the first page.',
  },
});
