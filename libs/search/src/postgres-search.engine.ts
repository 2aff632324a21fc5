import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SEARCH_LIMITS, SearchKind } from '@ouvroir/contracts';
import { DataSource } from 'typeorm';
import { EngineHit, EngineQuery, EngineResults, SearchEngine } from './search-engine';
import { HEADLINE_MARKERS } from './search-text';

/** How much a title's likeness to the text adds to the full-text rank: a typo ranks below a word found. */
const TYPO_WEIGHT = 0.1;

const HEADLINE_OPTIONS = `StartSel=${HEADLINE_MARKERS.start}, StopSel=${HEADLINE_MARKERS.end}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** A lexeme as tsquery's syntax quotes it: in quotes, its quotes and backslashes doubled. */
const quoted = (lexeme: string) => `'''' || replace(replace(${lexeme}, '\\', '\\\\'), '''', '''''') || ''''`;

/**
 * The stems a word being typed may begin with: « numériq » also finds the stem « numer ». At least
 * STEM_MIN letters, and at most SUFFIX_MAX fewer than typed, so that « planétarium » never finds « plan ».
 */
const STEM_MIN = 4;
const SUFFIX_MAX = 3;

/**
 * The query of the words `$1` (the last one a prefix when `$2`): each word's lexemes through
 * `french_unaccent` (stemmed, accents and elided articles gone), ANDed; the last word also matches
 * as typed, unaccented, as a prefix, and any stem it begins with (of STEM_MIN letters or more), since
 * a word cut short stems differently from the whole one. Of those alternatives, one that another
 * prefix already covers is left out (« numer:* » covers « numerique:* » and « numeriq »): the GIN index
 * reads every prefix's entries in full. Built from lexemes quoted as tsquery's syntax wants, never
 * from the raw text; null when no word has a lexeme (stop words only).
 */
const QUERY = `
  words AS (SELECT word, position FROM unnest($1::text[]) WITH ORDINALITY AS w(word, position)),
  terms AS (
    SELECT position, word,
      (SELECT string_agg(${quoted('lexeme')}, ' & ') FROM unnest(to_tsvector('french_unaccent', word))) AS stems,
      (SELECT string_agg(${quoted('lexeme')} || ':*', ' & ') FROM unnest(to_tsvector('french_unaccent', word))) AS prefixes,
      length(to_tsvector('french_unaccent', word)) AS lexemes
    FROM words),
  typed AS (
    SELECT alternative.text, alternative.prefix
    FROM terms, LATERAL (
      SELECT lexeme AS text, true AS prefix FROM unnest(to_tsvector('french_unaccent', word)) WHERE lexemes = 1
      UNION SELECT lower(unaccent(word)), true
      UNION SELECT left(lower(unaccent(word)), length), false
      FROM generate_series(greatest(${STEM_MIN}, char_length(word) - ${SUFFIX_MAX}), char_length(word) - 1) AS length
    ) alternative
    WHERE $2 AND position = (SELECT max(position) FROM words)),
  q AS (
    SELECT string_agg(
      CASE WHEN $2 AND position = (SELECT max(position) FROM words)
           THEN '(' || (
             SELECT string_agg(${quoted('a.text')} || CASE WHEN a.prefix THEN ':*' ELSE '' END, ' | ' ORDER BY a.text, a.prefix)
             FROM typed a
             WHERE NOT EXISTS (SELECT 1 FROM typed o
               WHERE o.prefix AND starts_with(a.text, o.text) AND (o.text <> a.text OR NOT a.prefix)))
             || CASE WHEN lexemes > 1 THEN ' | (' || prefixes || ')' ELSE '' END || ')'
           ELSE '(' || stems || ')' END, ' & ' ORDER BY position)::tsquery AS query
    FROM terms WHERE stems IS NOT NULL)`;

type Row = { hits: (Omit<EngineHit, 'updatedAt'> & { updatedAt: string })[] | null; total: number } & {
  kinds: { value: SearchKind; count: number }[] | null;
  domains: { value: string; count: number }[] | null;
};

/** Fewer documents found by their words than this, and titles like the text (typos) are looked for too. */
const TYPO_BELOW = 20;

/**
 * The PostgreSQL search, in one statement. Its cost is bounded whatever the words' frequency: the
 * candidates are the first SEARCH_LIMITS.countMax + 1 readable matches the full-text GIN index gives
 * (the readers' keys checked in that step, so an unreadable document takes no place and is never
 * counted), and only they are ranked (`ts_rank`), counted and faceted; one more than the bound
 * says the total is capped. Titles like the text (pg_trgm's `<%`, a GIN index, its threshold set
 * per connection in dataSourceOptions) are searched only when the words find fewer than TYPO_BELOW.
 * Excerpts are computed for the page's rows only.
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: EngineQuery): Promise<EngineResults> {
    const params: unknown[] = [query.words, query.prefix];
    const $ = (value: unknown) => `$${params.push(value)}`;
    const typoText = query.typo === null ? null : $(query.typo);
    const likeness = typoText
      ? ` + CASE WHEN ${typoText} <% d.title_key THEN word_similarity(${typoText}, d.title_key) * ${TYPO_WEIGHT} ELSE 0 END`
      : '';
    // `readers && keys` compares each reader with every key (the keys hold every public group): a
    // hashed `= ANY` of the keys is ten times cheaper per candidate, with the same meaning.
    const readable =
      query.readers === null
        ? 'true'
        : `EXISTS (SELECT FROM unnest(d.readers) reader WHERE reader = ANY(${$(query.readers)}::text[]))`;
    const inKinds = query.kinds === null ? 'true' : `kind = ANY(${$(query.kinds)}::text[])`;
    const inDomains = query.domainIds === null ? 'true' : `domain_id = ANY(${$(query.domainIds)}::uuid[])`;
    const bound = $(SEARCH_LIMITS.countMax + 1);
    /** Titles like the text, when the words found few: a typo ranks by its likeness, below the words found. */
    const typos = (name: string, where: string) =>
      typoText === null
        ? ''
        : `
       ${name}_typos AS MATERIALIZED (
         SELECT d.kind, d.entity_id, d.domain_id, d.updated_at, word_similarity(${typoText}, d.title_key) * ${TYPO_WEIGHT} AS score
         FROM search_document d
         WHERE (SELECT count(*) FROM ${name}_words) < ${TYPO_BELOW} AND (SELECT query FROM q) IS NOT NULL
           AND ${typoText} <% d.title_key AND ${readable} AND ${where}
           AND NOT EXISTS (SELECT 1 FROM ${name}_words w WHERE w.kind = d.kind AND w.entity_id = d.entity_id)
         LIMIT ${bound}),`;
    /** The first readable matches within `where`: by their words, then, when few, by their title's likeness. */
    const candidates = (name: string, where: string) => `
       ${name}_words AS MATERIALIZED (
         SELECT d.kind, d.entity_id, d.domain_id, d.updated_at, ts_rank(d.document, q.query)${likeness} AS score
         FROM search_document d, q
         WHERE q.query IS NOT NULL AND d.document @@ q.query AND ${readable} AND ${where}
         LIMIT ${bound}),
${typos(name, where)}       ${name} AS MATERIALIZED (SELECT * FROM ${name}_words${typoText ? ` UNION ALL SELECT * FROM ${name}_typos LIMIT ${bound}` : ''})`;
    // Without filters, the page's candidates are the facets'; with them, the page's are looked for
    // within the filters, so that a kind or domain asked is never crowded out by the others.
    const filtered = query.kinds !== null || query.domainIds !== null;
    const [row] = await this.dataSource.query<Row[]>(
      `WITH ${QUERY},
       ${candidates('matched', 'true')},
       ${filtered ? `${candidates('chosen', `${inKinds} AND ${inDomains}`)},` : 'chosen AS (SELECT * FROM matched),'}
       ranked AS (SELECT * FROM chosen LIMIT ${$(SEARCH_LIMITS.countMax)}),
       page AS (
         SELECT * FROM ranked ORDER BY score DESC, updated_at DESC, kind, entity_id
         LIMIT ${$(query.first + 1)} OFFSET ${$(query.offset)})
       SELECT
         (SELECT json_agg(json_build_object('kind', d.kind, 'id', d.entity_id, 'title', d.title, 'path', d.path,
             'domainId', d.domain_id, 'updatedAt', d.updated_at,
             'headline', ts_headline('french_unaccent', concat_ws(' — ', nullif(d.summary, ''), nullif(d.body, '')),
               q.query, ${$(HEADLINE_OPTIONS)}))
             ORDER BY page.score DESC, page.updated_at DESC, page.kind, page.entity_id)
          FROM page JOIN search_document d USING (kind, entity_id), q) AS hits,
         (SELECT count(*)::int FROM chosen) AS total,
         (SELECT json_agg(json_build_object('value', kind, 'count', n) ORDER BY n DESC, kind)
          FROM (SELECT kind, count(*)::int AS n FROM (SELECT * FROM matched LIMIT ${$(SEARCH_LIMITS.countMax)}) m
                WHERE ${inDomains} GROUP BY kind) k) AS kinds,
         (SELECT json_agg(json_build_object('value', domain_id, 'count', n) ORDER BY n DESC, domain_id)
          FROM (SELECT domain_id, count(*)::int AS n FROM (SELECT * FROM matched LIMIT ${$(SEARCH_LIMITS.countMax)}) m
                WHERE ${inKinds} AND domain_id IS NOT NULL GROUP BY domain_id) k) AS domains`,
      params,
    );
    return {
      hits: (row.hits ?? []).map((hit) => ({ ...hit, updatedAt: new Date(hit.updatedAt) })),
      totalCount: Math.min(row.total, SEARCH_LIMITS.countMax),
      totalIsCapped: row.total > SEARCH_LIMITS.countMax,
      kinds: row.kinds ?? [],
      domains: row.domains ?? [],
    };
  }
}
