import type { SearchKind } from '@ouvroir/contracts';

/** One search as the engine runs it: words already parsed, readers' keys already computed. */
export interface EngineQuery {
  words: string[];
  prefix: boolean;
  typo: string | null;
  /** Null: every kind. */
  kinds: SearchKind[] | null;
  /** Null: every domain. */
  domainIds: string[] | null;
  /** The viewer's keys; null reads everything (administrators). */
  readers: string[] | null;
  first: number;
  offset: number;
}

export interface EngineHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** The excerpt with the engine's markers around the matches (HEADLINE_MARKERS), not yet HTML. */
  headline: string;
  path: string;
  domainId: string | null;
  updatedAt: Date;
}

/**
 * A page of hits (up to `first + 1`, the last telling that more follow) and what the readable matches
 * count, up to SEARCH_LIMITS.countMax of them.
 */
export interface EngineResults {
  hits: EngineHit[];
  totalCount: number;
  /** More readable matches than SEARCH_LIMITS.countMax: the total and the facets count the first ones. */
  totalIsCapped: boolean;
  /** Readable matches by kind, within the domains asked. */
  kinds: { value: SearchKind; count: number }[];
  /** Readable matches by domain, within the kinds asked. */
  domains: { value: string; count: number }[];
}

/**
 * The search behind SearchService: PostgreSQL's full text today (PostgresSearchEngine); a
 * dedicated engine could take its place, fed from the same documents.
 */
export interface SearchEngine {
  search(query: EngineQuery): Promise<EngineResults>;
}

export const SEARCH_ENGINE = Symbol('SearchEngine');
