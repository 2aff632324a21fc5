// The catalogue's page (`BENCH_ONLY=commons`, or within `npm run bench`): 50 commons and every facet
// over 5,000 commons, next to a raw `pg` handler answering the same rows (bench/raw-pg-server.js
// `/commons`); the same query with 10 and 50 commons shows that the statements per request do not
// depend on the page's size.
const autocannon = require('autocannon');
const { Client } = require('pg');

const COMMONS = 5000;

const FIELDS = `totalCount pageInfo { hasNextPage endCursor }
  nodes { slug name kind status summary licence { expression open } domain { name } }
  facets {
    kinds { value label count } domains { value label count } licences { value label count }
    levels { value label count } subjects { value label count } organisations { value label count }
    forges { value label count } statuses { value label count }
  }`;

/** 5,000 commons of the four kinds, with licences, repositories, maintainers, usages and ScoLOMFR values. */
async function seedCommons(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('SELECT setseed(0.17)');
  const author = `(SELECT id FROM user_account ORDER BY email LIMIT 1)`;
  await client.query(`
    INSERT INTO organisation (name, type)
    SELECT 'Structure ' || lpad(n::text, 3, '0'), (ARRAY['academy', 'school', 'operator', 'university'])[1 + n % 4]
    FROM generate_series(1, 200) n`);
  await client.query(`
    INSERT INTO common (kind, name, slug, summary, domain_id, status, tags, licence, licence_ids, licence_open, created_by)
    SELECT k.kind, 'Commun ' || lpad(n::text, 5, '0'), 'commun-' || n, 'Un commun du catalogue de démonstration.',
           (SELECT id FROM domain ORDER BY slug OFFSET n % 2 LIMIT 1),
           (ARRAY['active', 'maintained', 'seeking_maintainers', 'archived'])[1 + n % 4],
           ARRAY['tag' || n % 30], l.id, ARRAY[l.id], l.id <> 'CC-BY-NC-4.0', ${author}
    FROM generate_series(1, ${COMMONS}) n,
         LATERAL (SELECT (ARRAY['software', 'educational_resource', 'service', 'dataset'])[1 + n % 4] AS kind) k,
         LATERAL (SELECT (ARRAY['EUPL-1.2', 'MIT', 'CC-BY-SA-4.0', 'CC-BY-4.0', 'etalab-2.0', 'GPL-3.0-or-later',
                  'CC-BY-NC-4.0'])[1 + (n * 7) % 7] AS id) l`);
  await client.query(`
    INSERT INTO common_repository (common_id, url, forge, role)
    SELECT id, 'https://forge.apps.education.fr/' || slug, 'forge_apps_education', 'source' FROM common`);
  await client.query(`
    INSERT INTO common_repository (common_id, url, forge, role, mirror_of)
    SELECT r.common_id, 'https://github.com/' || c.slug, 'github', 'mirror', r.id
    FROM common_repository r JOIN common c ON c.id = r.common_id WHERE random() < 0.4`);
  await client.query(`
    INSERT INTO common_maintainer (common_id, user_id) SELECT id, created_by FROM common`);
  await client.query(`
    WITH o AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organisation WHERE name LIKE 'Structure %'),
         c AS (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM common)
    INSERT INTO common_usage (common_id, organisation_id, user_count)
    SELECT c.id, o.id, 100 FROM c JOIN o ON o.n IN (1 + c.n % 200, 1 + (c.n * 13) % 200) ON CONFLICT DO NOTHING`);
  await client.query(`
    INSERT INTO common_scolomfr (common_id, concept_uri, vocabulary)
    SELECT c.id, k.uri, k.vocabulary FROM common c
    JOIN LATERAL (SELECT uri, vocabulary FROM scolomfr_concept WHERE vocabulary IN ('022', '015')
                  ORDER BY md5(uri || c.id::text) LIMIT 2) k ON true
    WHERE c.kind = 'educational_resource'`);
  await client.query('ANALYZE');
  console.log(`data: ${COMMONS} commons, their repositories, maintainers, usages and ScoLOMFR values`);
  await client.end();
}

async function benchCommons({ apiPort, rawPort, databaseUrl, measure, rounds, fmt, median, warmup }) {
  await seedCommons(databaseUrl);
  const graphql = (name, first) => ({
    name,
    request: {
      url: `http://127.0.0.1:${apiPort}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ commons(first: ${first}) { ${FIELDS} } }` }),
    },
  });
  const targets = [
    graphql('GraphQL commons(first: 50) + facets', 50),
    { name: 'raw pg, same catalogue page', request: { url: `http://127.0.0.1:${rawPort}/commons` } },
    graphql('GraphQL commons(first: 10) + facets', 10),
  ];
  const results = new Map(targets.map((target) => [target.name, []]));
  for (const target of targets) await autocannon({ ...target.request, connections: 20, duration: warmup });
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const figures = await measure(target, databaseUrl);
      results.get(target.name).push(figures);
      console.log(
        `round ${round}  ${target.name.padEnd(36)} ${fmt(figures.rps)} req/s  p50 ${fmt(figures.p50, 1)} ms  p99 ${fmt(figures.p99, 1)} ms  SQL/req ${figures.sqlPerRequest.toFixed(2)}  errors ${figures.errors}`,
      );
    }
  }
  console.log('\ncommons medians');
  for (const [name, runs] of results) {
    console.log(
      `${name.padEnd(36)} ${fmt(median(runs.map((r) => r.rps)))} req/s  p50 ${fmt(median(runs.map((r) => r.p50)), 1)} ms  p99 ${fmt(median(runs.map((r) => r.p99)), 1)} ms  SQL/req ${median(runs.map((r) => r.sqlPerRequest)).toFixed(2)}`,
    );
  }
  const ratios = results
    .get(targets[0].name)
    .map((run, index) => run.rps / results.get('raw pg, same catalogue page')[index].rps);
  console.log(
    `ratio to the raw pg handler: ${ratios.map((r) => r.toFixed(2)).join('  ')}   median ${median(ratios).toFixed(2)}`,
  );
}

module.exports = { benchCommons, seedCommons };
