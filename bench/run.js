// `npm run bench`: requests/s and latency of the built server, next to a bare `pg`
// handler for the same rows, measured in the same run. Servers and PostgreSQL run on
// core 0, the load generator (this process) on core 1; the three targets alternate. Then votes
// (bench/votes.js) and live connections (bench/live.js). Figures, not pass/fail.
// BENCH_ONLY=live runs the live figures alone, without the HTTP targets, their data and the votes;
// BENCH_ONLY=attacks the attacks alone (bench/attacks.js), before and after with BENCH_BASELINE_DIR;
// BENCH_ONLY=http the HTTP targets alone, without the votes and the live figures;
// BENCH_ONLY=notifications a vote opening on 2,000 voters, notified and mailed (bench/notifications.js);
// BENCH_ONLY=commons the catalogue's page and facets over 5,000 commons (bench/commons.js);
// BENCH_ONLY=search the portal's search over 100,000 commons and 200,000 proposals (bench/search.js).
// BENCH_ONLY=calls the facilitators' board and the results page of a large call (bench/calls.js).
// BENCH_ONLY=indicators the public dashboard's queries over a large portal, cold and cached (bench/indicators.js).
// BENCH_TARGETS=<regular expression> keeps the HTTP targets whose name matches (with their baseline to get a ratio);
// BENCH_PROFILE_DIR=<folder> writes the API's CPU profile there when the run ends (open it in Chrome's DevTools).
const { spawn, execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { createServer } = require('node:net');
const { join } = require('node:path');
const autocannon = require('autocannon');
const { Client } = require('pg');
const { benchAttacksOn } = require('./attacks');
const { benchCommons } = require('./commons');
const { benchCalls } = require('./calls');
const { benchIndicators } = require('./indicators');
const { benchLive } = require('./live');
const { benchNotifications, startMailSink } = require('./notifications');
const { benchSearch } = require('./search');
const { benchVotes } = require('./votes');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
/** Seconds of unmeasured load per target first, so that V8 has compiled the hot paths. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ONLY = process.env.BENCH_ONLY;
const root = join(__dirname, '..');
const children = [];

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts `args` pinned to core 0 and resolves with its first line of output once `ready` matches it, and its pid. */
function startPinned(args, env, ready) {
  const child = spawn('taskset', ['-c', '0', process.execPath, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => ready.test(candidate));
      if (line) resolve({ line: line.trim(), pid: child.pid });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/**
 * Statements executed so far on the database, from pg_stat_statements (the query asking counts as one),
 * without pg-boss's polling, which runs whatever the load.
 */
async function statements(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pgboss.%'`,
  );
  await client.end();
  return rows[0].n;
}

async function measure(target, databaseUrl) {
  const before = await statements(databaseUrl);
  const result = await autocannon({
    ...target.request,
    connections: target.connections ?? CONNECTIONS,
    duration: DURATION,
  });
  const after = await statements(databaseUrl);
  const requests = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    // The benchmark's own reading of the count is taken out.
    sqlPerRequest: Math.max(0, after - before - 1) / requests,
  };
}

/** Runs `work` on a connection of its own. */
async function client(databaseUrl, work) {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (value, digits = 0) => value.toFixed(digits).padStart(9);

async function main() {
  execFileSync('taskset', ['-pc', '1', String(process.pid)], { stdio: 'ignore' });
  const sessionSecret = randomBytes(32).toString('hex');
  const { line: databaseUrl } = await startPinned(
    ['bench/database.js'],
    { PORT: String(await freePort()) },
    /^postgres:\/\//,
  );
  const apiPort = await freePort();
  const rawPort = await freePort();
  const mailSink = await startMailSink(await freePort());
  const api = await startPinned(
    [
      ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
      'dist/apps/api/src/main.js',
    ],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(apiPort),
      NODE_ENV: 'production',
      SESSION_SECRET: sessionSecret,
      SMTP_URL: mailSink.url,
      SMTP_FROM: 'Ouvroir <ne-pas-repondre@ouvroir.example>',
      LOG_LEVEL: 'warn',
      // The load comes from one address: the per-address limit would answer most of it 429.
      RATE_LIMIT_API: '1000000000',
      RATE_LIMIT_MUTATIONS: '1000000000',
      RATE_LIMIT_INDICATORS: '1000000000',
    },
    /Ouvroir est prêt/,
  );
  if (ONLY === 'attacks') {
    console.log('attacks');
    await benchAttacks(databaseUrl, sessionSecret);
    return;
  }
  if (ONLY === 'notifications') {
    console.log('notifications');
    await benchNotifications({ apiPort, databaseUrl, sessionSecret, mailSink });
    return;
  }
  if (ONLY === 'calls') {
    console.log('calls');
    await benchCalls({ apiPort, apiPid: api.pid, databaseUrl, sessionSecret, statements });
    return;
  }
  if (ONLY === 'indicators') {
    await seedGroups(databaseUrl);
    console.log('indicators');
    await benchIndicators({ apiPort, apiPid: api.pid, databaseUrl });
    return;
  }
  if (ONLY === 'live') {
    console.log('live');
    await benchLive({ apiPort, apiPid: api.pid, databaseUrl, sessionSecret, startPinned, freePort });
    return;
  }
  if (ONLY === 'search') {
    await seedGroups(databaseUrl);
    console.log('search');
    await benchSearch({ apiPort, databaseUrl, measure, rounds: ROUNDS });
    return;
  }
  await startPinned(['bench/raw-pg-server.js'], { DATABASE_URL: databaseUrl, PORT: String(rawPort) }, /^ready$/);
  if (ONLY === 'commons') {
    console.log('commons');
    await client(databaseUrl, (sql) => sql.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
    await client(databaseUrl, (sql) =>
      sql.query(`INSERT INTO user_account (display_name, email) VALUES ('Mainteneur', 'mainteneur@ac-bench.fr')`),
    );
    await benchCommons({ apiPort, rawPort, databaseUrl, measure, rounds: ROUNDS, fmt, median, warmup: WARMUP });
    return;
  }

  await seedGroups(databaseUrl);
  const { listSlug, proposalId } = await seedProposals(databaseUrl);

  // Goals: 0.6 for one table's rows (issue 2), 0.5 for a page of a list with its people (issue 14).
  const graphql = (name, query, baseline, goal = 0.6) => ({
    name,
    baseline,
    goal,
    request: {
      url: `http://127.0.0.1:${apiPort}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    },
  });
  const allTargets = [
    { name: 'GET /health', request: { url: `http://127.0.0.1:${apiPort}/health` } },
    graphql('GraphQL { domains { slug name } }', '{ domains { slug name } }', 'raw pg handler, same rows'),
    { name: 'raw pg handler, same rows', request: { url: `http://127.0.0.1:${rawPort}/` } },
    graphql(
      'GraphQL groupsDirectory(first: 50)',
      `
        {
          groupsDirectory(first: 50) {
            totalCount
            nodes {
              name
              slug
              memberCount
              domain {
                name
              }
              facilitators {
                displayName
              }
            }
          }
        }
      `,
      'raw pg, same directory page',
      0.5,
    ),
    { name: 'raw pg, same directory page', request: { url: `http://127.0.0.1:${rawPort}/groups` } },
    graphql(
      'GraphQL group proposals(first: 50)',
      `{ group(slug: "${listSlug}") { proposals(first: 50) { totalCount nodes {
          id title state supportCount commentCount updatedAt authors { status user { displayName } }
        } } } }`,
      'raw pg, same proposals page',
      0.5,
    ),
    {
      name: 'raw pg, same proposals page',
      request: { url: `http://127.0.0.1:${rawPort}/proposals?group=${listSlug}` },
    },
    graphql(
      'GraphQL proposal page (200 rev., 500 com.)',
      `{ proposal(id: "${proposalId}") {
          title state bodyHtml supportCount commentCount allowedTransitions viewerPermissions { edit comment }
          authors { status user { displayName } } timeline { toState createdAt actor { displayName } }
          revisions(first: 20) { totalCount nodes { number createdAt author { displayName } } }
          comments(first: 50) { totalCount nodes { body createdAt author { displayName } replies { body author { displayName } } } }
          amendments { status }
        } }`,
    ),
    {
      // One searcher at a time: the latency of one search, not of a queue of twenty.
      ...graphql(
        'GraphQL searchProposals, 100,000 (1 conn.)',
        '{ searchProposals(search: "logiciels libres collège", first: 20) { totalCount nodes { id title } } }',
      ),
      connections: 1,
    },
  ];
  const targets = allTargets.filter(
    (target) => !process.env.BENCH_TARGETS || new RegExp(process.env.BENCH_TARGETS, 'i').test(target.name),
  );
  const results = new Map(targets.map((target) => [target.name, []]));
  console.log(
    `${ROUNDS} rounds × ${DURATION} s per target, ${CONNECTIONS} connections; servers on core 0, load on core 1\n`,
  );
  for (const target of targets) {
    await autocannon({ ...target.request, connections: target.connections ?? CONNECTIONS, duration: WARMUP });
  }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const target of targets) {
      const figures = await measure(target, databaseUrl);
      results.get(target.name).push(figures);
      console.log(
        `round ${round}  ${target.name.padEnd(36)} ${fmt(figures.rps)} req/s  p50 ${fmt(figures.p50, 1)} ms  p99 ${fmt(figures.p99, 1)} ms  SQL/req ${figures.sqlPerRequest.toFixed(2)}  errors ${figures.errors}`,
      );
    }
  }

  console.log('\nmedians');
  for (const [name, runs] of results) {
    console.log(
      `${name.padEnd(36)} ${fmt(median(runs.map((r) => r.rps)))} req/s  p50 ${fmt(median(runs.map((r) => r.p50)), 1)} ms  p99 ${fmt(median(runs.map((r) => r.p99)), 1)} ms  SQL/req ${median(runs.map((r) => r.sqlPerRequest)).toFixed(2)}`,
    );
  }
  console.log('\nratios to the raw pg baseline (same round)');
  for (const target of targets.filter((candidate) => results.has(candidate.baseline))) {
    const baseline = results.get(target.baseline);
    const ratios = results.get(target.name).map((run, index) => run.rps / baseline[index].rps);
    console.log(
      `${target.name.padEnd(36)} ${ratios.map((r) => r.toFixed(2)).join('  ')}   median ${median(ratios).toFixed(2)}   (goal ≥ ${target.goal})`,
    );
  }
  if (ONLY === 'http') return;
  console.log('\ncommons');
  await benchCommons({ apiPort, rawPort, databaseUrl, measure, rounds: ROUNDS, fmt, median, warmup: WARMUP });
  console.log('\nsearch');
  await benchSearch({ apiPort, databaseUrl, measure, rounds: ROUNDS });
  console.log('\nvotes');
  await benchVotes({ apiPort, databaseUrl, sessionSecret, statements });
  console.log('\ncalls');
  await benchCalls({ apiPort, apiPid: api.pid, databaseUrl, sessionSecret, statements });
  console.log('\nindicators');
  await benchIndicators({ apiPort, apiPid: api.pid, databaseUrl });
  console.log('\nnotifications');
  await benchNotifications({ apiPort, databaseUrl, sessionSecret, mailSink });
  console.log('\nlive');
  await benchLive({ apiPort, apiPid: api.pid, databaseUrl, sessionSecret, startPinned, freePort });
  console.log('\nattacks');
  await benchAttacks(databaseUrl, sessionSecret);
}

/**
 * The attacks against this build, and first against BENCH_BASELINE_DIR's when set, each on a
 * server of its own over a database of its own on the same PostgreSQL.
 */
async function benchAttacks(databaseUrl, sessionSecret) {
  const builds = [
    ['before', process.env.BENCH_BASELINE_DIR],
    ['after', root],
  ].filter(([, dir]) => dir);
  for (const [label, dir] of builds) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`CREATE DATABASE attacks_${label}`);
    await client.end();
    const url = new URL(databaseUrl);
    url.pathname = `/attacks_${label}`;
    const port = await freePort();
    const api = await startPinned(
      [join(dir, 'dist/apps/api/src/main.js')],
      {
        DATABASE_URL: url.href,
        PORT: String(port),
        NODE_ENV: 'production',
        SESSION_SECRET: sessionSecret,
        LOG_LEVEL: 'warn',
      },
      /Ouvroir est prêt/,
    );
    await benchAttacksOn(label, { apiPort: port, apiPid: api.pid, databaseUrl: url.href });
    process.kill(api.pid, 'SIGTERM');
  }
}

/**
 * Words of the generated proposals. A word of a text is one of these one time in ten, else one of
 * 5,000 other terms: a three-word search then matches a few hundred proposals, as in real French.
 */
const WORDS = `logiciel logiciels libre libres collège collèges lycée école écoles enseignant enseignants élève élèves
  ressource ressources éducative éducatives numérique commun communs formation former académie académies
  installer installation poste postes salle salles technologie mathématiques français histoire géographie
  licence ouverte partage partager réseau serveur fichiers manuel manuels projet projets équipe équipes
  cycle classe classes accompagner recenser besoins choisir publier sources forge données usage usages
  distribution clé démarrage guide directeur directeurs référent référents annuaire catalogue`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Proposals: 60 in one group for its list, one with 200 revisions and 500 comments for its page,
 * and 100,000 across the groups for French search. The search index is rebuilt after the load,
 * as a restore would.
 */
async function seedProposals(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const words = `ARRAY[${WORDS.map((word) => `'${word}'`).join(',')}]`;
  const word = `CASE WHEN random() < 0.1 THEN (${words})[1 + floor(random() * ${WORDS.length})::int] ELSE 'terme' || floor(random() * 5000)::int END`;
  const sentence = (length) => `(SELECT string_agg(${word}, ' ') FROM generate_series(1, ${length} + (n % 3)))`;
  const author = `(SELECT id FROM user_account ORDER BY email LIMIT 1)`;
  await client.query('SELECT setseed(0.42)');
  await client.query('DROP INDEX proposal_search_idx');
  await client.query(`
    INSERT INTO proposal (group_id, title, summary, body, state, created_by, revision_number)
    SELECT (SELECT id FROM work_group ORDER BY slug OFFSET n % 1000 LIMIT 1),
           initcap(${sentence(5)}), ${sentence(15)}, ${sentence(60)}, 'in_discussion', ${author}, 1
    FROM generate_series(1, 100000) n`);
  await client.query('CREATE INDEX proposal_search_idx ON proposal USING GIN (search_document)');
  const listGroup = (await client.query(`SELECT id, slug FROM work_group WHERE slug = 'groupe-1'`)).rows[0];
  await client.query(
    `WITH created AS (
       INSERT INTO proposal (group_id, title, state, created_by, support_count, comment_count)
       SELECT $1, 'Proposition ' || n, 'in_discussion', ${author}, n, 2 * n FROM generate_series(1, 60) n RETURNING id
     )
     INSERT INTO proposal_author (proposal_id, user_id, status) SELECT id, ${author}, 'accepted' FROM created`,
    [listGroup.id],
  );
  const { rows } = await client.query(
    `INSERT INTO proposal (group_id, title, body, state, created_by, revision_number, comment_count)
     SELECT id, 'Une proposition très discutée', 'Texte **final**.', 'in_discussion', ${author}, 200, 500
     FROM work_group WHERE slug = 'groupe-2' RETURNING id`,
  );
  const proposalId = rows[0].id;
  await client.query(`INSERT INTO proposal_author (proposal_id, user_id, status) VALUES ($1, ${author}, 'accepted')`, [
    proposalId,
  ]);
  await client.query(
    `INSERT INTO proposal_revision (proposal_id, number, title, summary, body, author_id)
     SELECT $1, n, 'Une proposition très discutée', '', 'Version ' || n, ${author} FROM generate_series(1, 200) n`,
    [proposalId],
  );
  await client.query(
    `INSERT INTO proposal_comment (proposal_id, author_id, body, created_at)
     SELECT $1, ${author}, 'Commentaire ' || n, now() - (n || ' minutes')::interval FROM generate_series(1, 400) n`,
    [proposalId],
  );
  await client.query(
    `INSERT INTO proposal_comment (proposal_id, parent_id, author_id, body)
     SELECT $1, id, ${author}, 'Réponse' FROM proposal_comment WHERE proposal_id = $1 ORDER BY created_at LIMIT 100`,
    [proposalId],
  );
  await client.query('ANALYZE');
  console.log('data: 100,060 proposals; one with 200 revisions and 500 comments');
  await client.end();
  return { listSlug: listGroup.slug, proposalId };
}

/** The groups directory's data set: 1,000 public groups in both domains, 2,000 people, 50,000 memberships. */
async function seedGroups(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`
    INSERT INTO user_account (display_name, email)
    SELECT 'Membre ' || n, 'membre' || n || '@ac-bench.fr' FROM generate_series(1, 2000) n`);
  await client.query(`
    INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
    SELECT (SELECT id FROM domain ORDER BY slug OFFSET n % 2 LIMIT 1), 'working_group',
           'Groupe ' || lpad(n::text, 4, '0'), 'groupe-' || n, 'public', 'open'
    FROM generate_series(1, 1000) n`);
  await client.query(`
    WITH groups AS (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM work_group),
         people AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM user_account)
    INSERT INTO membership (group_id, user_id, role)
    SELECT groups.id, people.id, CASE WHEN people.n = (groups.n * 37) % 1950 + 1 THEN 'facilitator' ELSE 'member' END
    FROM groups JOIN people ON people.n BETWEEN (groups.n * 37) % 1950 + 1 AND (groups.n * 37) % 1950 + 50`);
  await client.query('ANALYZE');
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const { rows } = await client.query(
    'SELECT (SELECT count(*) FROM work_group) AS groups, (SELECT count(*) FROM membership) AS memberships',
  );
  console.log(`data: ${rows[0].groups} groups, ${rows[0].memberships} memberships`);
  await client.end();
}

function stopAll() {
  for (const child of children.reverse()) child.kill('SIGTERM');
}

if (require.main === module) {
  main()
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => setTimeout(stopAll, 100));
}

module.exports = { seedGroups, seedProposals };
