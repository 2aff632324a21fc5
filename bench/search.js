// The portal's search in `npm run bench` (BENCH_ONLY=search alone): 100,000 commons and 200,000
// proposals (BENCH_SEARCH_COMMONS, BENCH_SEARCH_PROPOSALS to change them) written straight into search_document by generate_series (as the domains' feeds would:
// weighted French documents, titles' trigram keys, readers' keys), then the GraphQL `search` of the
// public at 1 and 20 connections: latency, requests/s and SQL statements per search.
const { Client } = require('pg');

const WORDS = `logiciel logiciels libre libres collège collèges lycée école écoles enseignant enseignants élève élèves
  ressource ressources éducative éducatives numérique commun communs formation académie géométrie tableur
  installer installation salle technologie mathématiques français histoire géographie licence ouverte partage
  réseau serveur fichiers manuel manuels projet équipe cycle classe publier sources forge données usage guide`
  .split(/\s+/)
  .filter(Boolean);

/** Documents of `kind`, `count` of them, their readers from `readers` (SQL of `n` and the group `g`). */
async function seedDocuments(client, kind, count, readers, path) {
  const words = `ARRAY[${WORDS.map((word) => `'${word}'`).join(',')}]`;
  const word = `CASE WHEN random() < 0.1 THEN (${words})[1 + floor(random() * ${WORDS.length})::int] ELSE 'terme' || floor(random() * 5000)::int END`;
  const sentence = (length) => `(SELECT string_agg(${word}, ' ') FROM generate_series(1, ${length} + (n % 3)))`;
  await client.query(`
    WITH groups AS (SELECT array_agg(id ORDER BY slug) AS ids, array_agg(domain_id ORDER BY slug) AS domains FROM work_group),
    texts AS (
      SELECT n, groups.ids[1 + n % array_length(groups.ids, 1)] AS g, groups.domains[1 + n % array_length(groups.ids, 1)] AS domain_id,
             initcap(${sentence(5)}) || CASE WHEN n % 10000 = 7 THEN ' astrolabe' ELSE '' END AS title, ${sentence(15)} AS summary, ${sentence(60)} AS body
      FROM generate_series(1, ${count}) n, groups)
    INSERT INTO search_document (kind, entity_id, title, title_key, summary, body, document, readers, domain_id, path, updated_at)
    SELECT '${kind}', '${kind}-' || n, title, lower(unaccent(title)), summary, body,
      setweight(to_tsvector('french_unaccent', title), 'A') || setweight(to_tsvector('french_unaccent', summary), 'B')
        || setweight(to_tsvector('french_unaccent', body), 'C'),
      ${readers}, domain_id, ${path}, now() - (n || ' seconds')::interval
    FROM texts`);
}

async function seedSearch(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('SELECT setseed(0.17)');
  for (const index of ['search_document_document_idx', 'search_document_readers_idx', 'search_document_title_idx']) {
    await client.query(`DROP INDEX ${index}`);
  }
  await seedDocuments(
    client,
    'common',
    Number(process.env.BENCH_SEARCH_COMMONS ?? 100_000),
    `ARRAY['public']`,
    `'/communs/commun-' || n`,
  );
  // One proposal in ten a draft (its group's facilitators and author), the others for whoever sees the group.
  await seedDocuments(
    client,
    'proposal',
    Number(process.env.BENCH_SEARCH_PROPOSALS ?? 200_000),
    `CASE WHEN n % 10 = 0 THEN ARRAY['facilitator:' || g, 'author:' || g || ':user-' || n] ELSE ARRAY['group:' || g] END`,
    `'/propositions/proposal-' || n`,
  );
  await client.query(`CREATE INDEX search_document_document_idx ON search_document USING GIN (document)`);
  await client.query(`CREATE INDEX search_document_readers_idx ON search_document USING GIN (readers)`);
  await client.query(`CREATE INDEX search_document_title_idx ON search_document USING GIN (title_key gin_trgm_ops)`);
  await client.query('ANALYZE search_document');
  const { rows } = await client.query(
    'SELECT kind, count(*)::int AS n FROM search_document GROUP BY kind ORDER BY kind',
  );
  console.log(`data: ${rows.map((row) => `${row.n} ${row.kind}`).join(', ')} in search_document`);
  await client.end();
}

const SEARCH = `query ($text: String!) { search(text: $text, first: 20) {
  totalCount totalIsCapped nodes { kind id title excerptHtml path domain { name } updatedAt }
  facets { kinds { value label count } domains { value label count } } pageInfo { hasNextPage endCursor } } }`;

/**
 * The searches measured: a rare word (in 30 titles), a frequent word alone (in about one document in
 * six), three words with the last one typed, a typo.
 */
const TEXTS = ['astrolabe', 'numérique', 'logiciels libres collè', 'geomtrie'];

async function benchSearch({ apiPort, databaseUrl, measure, rounds }) {
  await seedSearch(databaseUrl);
  const request = (text) => ({
    url: `http://127.0.0.1:${apiPort}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables: { text } }),
  });
  const targets = TEXTS.flatMap((text) =>
    [1, 20].map((connections) => ({
      name: `search « ${text} » (${connections} conn.)`,
      request: request(text),
      connections,
    })),
  );
  for (const target of targets) {
    const runs = [];
    for (let round = 0; round < rounds; round++) runs.push(await measure(target, databaseUrl));
    const median = (key) => [...runs.map((run) => run[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    console.log(
      `${target.name.padEnd(44)} ${median('rps').toFixed(0).padStart(7)} req/s  p50 ${median('p50').toFixed(1).padStart(7)} ms  p99 ${median('p99').toFixed(1).padStart(7)} ms  SQL/search ${median('sqlPerRequest').toFixed(2)}  errors ${median('errors')}`,
    );
  }
}

module.exports = { benchSearch, seedSearch };
