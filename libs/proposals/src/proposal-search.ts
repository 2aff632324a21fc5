/**
 * The searchable document of a proposal, weighted title > summary > body, as the trigger
 * `proposal_search_document` computes it from the new row (`NEW.title`…) into `search_document`,
 * which the GIN index `proposal_search_idx` covers. Stored rather than computed at query time, so
 * that ranking thousands of matches reads it instead of re-parsing every text.
 */
export const proposalDocument = (row: string) =>
  `setweight(to_tsvector('french_unaccent'::regconfig, ${row}.title), 'A') || setweight(to_tsvector('french_unaccent'::regconfig, ${row}.summary), 'B') || setweight(to_tsvector('french_unaccent'::regconfig, ${row}.body), 'C')`;
