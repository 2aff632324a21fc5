import { errorReasons } from './errors';

/** The journal's CSV export: the newest entries up to this many (a narrower period gets the older ones). */
export const AUDIT_LIMITS = { exportMaxRows: 10_000 } as const;

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
  AUDIT_ACTION_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Acte inconnu : choisissez un acte de la liste du journal.',
    en: 'Unknown act: choose one from the journal’s list.',
  },
  AUDIT_EXPORT_FILTER_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Filtre d’export illisible : un seul groupe, un seul acte et deux dates au plus.',
    en: 'Unreadable export filter: one group, one act and two dates at most.',
  },
  AUDIT_CURSOR_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Curseur de pagination invalide : repartez de la première page.',
    en: 'Invalid page cursor: start again from the first page.',
  },
});
