/**
 * The searchable document of a proposal, weighted title > summary > body. The GIN index
 * `proposal_search_idx` is built on exactly this expression: a query must repeat it to use the index.
 */
export const PROPOSAL_DOCUMENT = `setweight(to_tsvector('french_unaccent'::regconfig, "title"), 'A') || setweight(to_tsvector('french_unaccent'::regconfig, "summary"), 'B') || setweight(to_tsvector('french_unaccent'::regconfig, "body"), 'C')`;
