import { errorReasons } from './errors';

/** The indicators' bounds, shared by the API and the dashboard's filters. */
export const INDICATOR_LIMITS = {
  /** A cell counting fewer people than this is published as « moins de 5 ». */
  smallCount: 5,
  /** The longest period a query covers, in years. */
  periodMaxYears: 10,
  /** The default period: the last 90 days. */
  defaultPeriodDays: 90,
  codeMax: 80,
  slugMax: 80,
} as const;

/** What a suppressed cell says instead of its count. */
export const INDICATOR_SMALL_COUNT_TEXT = 'moins de 5';

export const INDICATOR_ERRORS = errorReasons({
  INDICATOR_UNKNOWN: {
    code: 'NOT_FOUND',
    fr: 'Aucun indicateur ne porte le code « {{code}} ».',
    en: 'No indicator has the code “{{code}}”.',
  },
  INDICATOR_PERIOD_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'La période doit être des dates AAAA-MM-JJ, son début avant sa fin, et ne pas dépasser 10 ans.',
    en: 'The period must be YYYY-MM-DD dates, its start before its end, and span at most 10 years.',
  },
  INDICATOR_FILTER_UNSUPPORTED: {
    code: 'BAD_USER_INPUT',
    fr: 'Cet indicateur ne se décline pas par domaine ni par groupe : il porte sur tout le programme.',
    en: 'This indicator is not broken down by domain or group: it covers the whole programme.',
  },
  PORTAL_DUMP_UNKNOWN: {
    code: 'NOT_FOUND',
    fr: 'L’export du portail n’a pas de fichier « {{file}} » : la liste des fichiers du jour est à /donnees/portail.json.',
    en: 'The portal export has no file “{{file}}”: today’s files are listed at /donnees/portail.json.',
  },
});
