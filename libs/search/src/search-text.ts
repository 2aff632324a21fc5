import { SEARCH_LIMITS } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';

/** What a searched text becomes before any SQL: its words, never its raw characters. */
export interface SearchWords {
  /** Runs of letters and digits: apostrophes (' and ’), `%`, `_`, `:*`, `&`, `|`, `!`, `(` separate them. */
  words: string[];
  /** Whether the last word is still being typed (no space or punctuation after it): it matches as a prefix. */
  prefix: boolean;
  /** The words joined by spaces, for the typo tolerance on titles; null when too short to compare. */
  typo: string | null;
}

/** Shorter texts than this are not compared by trigrams: too few to tell a typo from another word. */
const TYPO_MIN = 4;

/**
 * The words of a searched text. Longer than SEARCH_LIMITS.textMax is refused (SEARCH_TOO_LONG);
 * a text of punctuation only has no word, and finds nothing. The words reach PostgreSQL as values,
 * and the query is built from their lexemes there (see PostgresSearchEngine).
 */
export function searchWords(text: string): SearchWords {
  if (text.length > SEARCH_LIMITS.textMax) {
    throw DomainError.of('SEARCH_TOO_LONG', { field: 'text', max: SEARCH_LIMITS.textMax });
  }
  const normalised = text.normalize('NFC');
  const words = normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
  const joined = words.join(' ');
  return {
    words,
    prefix: words.length > 0 && /[\p{L}\p{N}]$/u.test(normalised),
    typo: joined.length >= TYPO_MIN ? joined : null,
  };
}

const MARK_START = '\u0002';
const MARK_END = '\u0003';
/** The markers ts_headline puts around matches: control characters no text of ours holds. */
export const HEADLINE_MARKERS = { start: MARK_START, end: MARK_END };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** An excerpt from ts_headline as safe HTML: the text escaped, then its markers turned into <mark>. */
export function excerptHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (character) => ESCAPES[character]);
  let open = false;
  let html = '';
  for (const character of escaped) {
    if (character === MARK_START && !open) {
      html += '<mark>';
      open = true;
    } else if (character === MARK_END && open) {
      html += '</mark>';
      open = false;
    } else if (character !== MARK_START && character !== MARK_END) html += character;
  }
  return open ? `${html}</mark>` : html;
}
