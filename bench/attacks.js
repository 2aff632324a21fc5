// Attacks in `npm run bench`: the latency of GET /health while one anonymous client repeats each
// request that issue 13 found able to freeze the server, and how the server answered it.
// With BENCH_BASELINE_DIR (another checkout, built), the same attacks run against it in the same
// run, on its own database of the same PostgreSQL, so that before and after sit side by side.
const { randomBytes } = require('node:crypto');
const { readFileSync } = require('node:fs');
const autocannon = require('autocannon');
const { Client } = require('pg');

/** Random French-looking words: two texts of them differ almost everywhere, the diff's worst case. */
const words = (bytes) => {
  const parts = [];
  for (let length = 0; length < bytes;) {
    const word = randomBytes(3 + (parts.length % 5)).toString('base64url');
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ');
};

/** Nested lists `depth` deep, as JSON text (JSON.stringify would overflow the stack itself). */
const nested = (depth) => '['.repeat(depth) + ']'.repeat(depth);

/** A public group with a proposal of two 27 KB revisions, for the word diff. */
async function seedDiff(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const author = (
    await client.query(
      `INSERT INTO user_account (display_name, email) VALUES ('Autrice du banc', 'autrice@banc.fr') RETURNING id`,
    )
  ).rows[0].id;
  const group = (
    await client.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
       SELECT id, 'working_group', 'Groupe attaqué', 'groupe-attaque', 'public', 'open' FROM domain ORDER BY slug LIMIT 1
       RETURNING id`,
    )
  ).rows[0].id;
  const proposal = (
    await client.query(
      `INSERT INTO proposal (group_id, title, body, state, created_by, revision_number)
       VALUES ($1, 'Texte long', 'final', 'in_discussion', $2, 2) RETURNING id`,
      [group, author],
    )
  ).rows[0].id;
  for (const number of [1, 2]) {
    await client.query(
      `INSERT INTO proposal_revision (proposal_id, number, title, summary, body, author_id)
       VALUES ($1, $2, 'Texte long', '', $3, $4)`,
      [proposal, number, words(27_000), author],
    );
  }
  await client.end();
  return proposal;
}

const rssMegabytes = (pid) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
};

/** What the server answered, grouped: `200`, `400 QUERY_TOO_COMPLEX`… */
async function answerOf(response) {
  const text = await response.text();
  let code;
  try {
    const body = JSON.parse(text);
    code = body.errors?.[0]?.extensions?.code ?? body.code ?? '';
  } catch {
    code = 'not JSON';
  }
  return `${response.status}${code ? ` ${code}` : ''}`;
}

function attacks(proposalId) {
  const preview = words(100_000);
  const aliases = Array.from({ length: 100 }, (_, i) => `p${i}: markdownPreview(markdown: $m)`).join(' ');
  // Each request's variables differ (a cache keyed by them keeps one more copy), at little cost to make.
  const filler = words(900_000);
  let serial = 0;
  const bigVariables = () => ({ after: `${serial++}${filler}` });
  return [
    {
      name: 'word diff of two 27 KB revisions',
      requests: 6,
      body: () => ({
        query: `query($id: ID!) { proposal(id: $id) { diff(from: 1, to: 2) { body { kind text } } } }`,
        variables: { id: proposalId },
      }),
    },
    {
      name: '100 aliases of markdownPreview × 100 KB',
      requests: 6,
      body: () => ({ query: `query($m: String!) { ${aliases} }`, variables: { m: preview } }),
    },
    {
      name: '1,000 queries with 0.9 MB variables',
      requests: 1000,
      body: () => ({
        query: 'query($after: String) { groupsDirectory(first: 1, after: $after) { totalCount } }',
        variables: bigVariables(),
      }),
    },
    {
      name: 'variables nested 20,000 levels',
      requests: 20,
      raw: `{"query":"query($v: [[Int]]) { domains { slug } }","variables":{"v":${nested(20_000)}}}`,
    },
  ];
}

/** /health latency with nothing else running, then during each attack. */
async function benchAttacksOn(label, { apiPort, apiPid, databaseUrl }) {
  const proposalId = await seedDiff(databaseUrl);
  const url = `http://127.0.0.1:${apiPort}`;
  /** One client reading /health until stopped (or `duration` seconds). */
  const health = (duration) => {
    let instance;
    const result = new Promise((resolve, reject) => {
      instance = autocannon({ url: `${url}/health`, connections: 1, duration, timeout: 60 }, (error, figures) =>
        error ? reject(error) : resolve(figures),
      );
    });
    return { stop: () => instance.stop(), result };
  };
  const quiet = await health(3).result;
  console.log(
    `${label.padEnd(8)} ${'no attack'.padEnd(42)} /health p50 ${quiet.latency.p50} ms  p99 ${quiet.latency.p99} ms  max ${quiet.latency.max} ms`,
  );
  for (const attack of attacks(proposalId)) {
    const answers = new Map();
    const running = health(600);
    const started = Date.now();
    for (let sent = 0; sent < attack.requests; sent++) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: attack.raw ?? JSON.stringify(attack.body()),
      }).catch((error) => ({ status: 0, text: async () => error.message }));
      const answer = await answerOf(response);
      answers.set(answer, (answers.get(answer) ?? 0) + 1);
    }
    const seconds = (Date.now() - started) / 1000;
    running.stop();
    const figures = await running.result;
    console.log(
      `${label.padEnd(8)} ${attack.name.padEnd(42)} /health p50 ${figures.latency.p50} ms  p99 ${figures.latency.p99} ms  max ${figures.latency.max} ms` +
        `  attack ${seconds.toFixed(1)} s, answers ${[...answers].map(([a, n]) => `${n}× ${a}`).join(', ')}, RSS ${rssMegabytes(apiPid)} MB`,
    );
  }
}

module.exports = { benchAttacksOn };
