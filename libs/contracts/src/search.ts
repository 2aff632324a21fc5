import { errorReasons } from './errors';

/** The bounds of a search, checked by the API and by the web's search box. */
export const SEARCH_LIMITS = {
  /** Characters of the searched text; longer is refused (SEARCH_TOO_LONG), never cut. */
  textMax: 200,
  /** Results per page. */
  firstMax: 50,
  /** Domains one search may be narrowed to. */
  domainsMax: 20,
  /** How far the pages of one search may go (results skipped). */
  offsetMax: 1_000,
  /**
   * Readable matches one search ranks and counts at most (the first the full-text index gives);
   * beyond, the total says « plus de 1 000 » (`totalIsCapped`), so that a common word costs no more
   * than a rare one.
   */
  countMax: 1_000,
} as const;

export const SEARCH_KINDS = ['group', 'proposal', 'common', 'message'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A text too long is SEARCH_TOO_LONG, the discussion's reason, shared with the mentions' search. */
export const SEARCH_ERRORS = errorReasons({
  SEARCH_TOO_MANY_DOMAINS: {
    code: 'BAD_USER_INPUT',
    fr: 'Une recherche se limite à {{max}} domaines au plus.',
    en: 'A search may be narrowed to {{max}} domains at most.',
  },
  SEARCH_DOMAIN_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Un des domaines demandés n’est pas un identifiant de domaine.',
    en: 'One of the domains asked is not a domain identifier.',
  },
  SEARCH_PAGE_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    fr: 'Une page de résultats compte de 1 à {{max}} éléments.',
    en: 'A page of results holds 1 to {{max}} items.',
  },
  SEARCH_TOO_FAR: {
    code: 'BAD_USER_INPUT',
    fr: 'Les résultats s’arrêtent au {{max}}e : précisez la recherche.',
    en: 'Results stop at the {{max}}th: refine the search.',
  },
});
