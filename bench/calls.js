// Calls for commons in `npm run bench` (BENCH_ONLY=calls alone): the facilitators' board and the
// public results page of a decided call with 300 submissions, 40 reviewers and 4 reviews each,
// requests/s, latency, SQL statements and the server's CPU time per request (the last one holds on a
// machine shared with other work, where requests/s and latency do not).
const autocannon = require('autocannon');
const { Client } = require('pg');
const { cpu } = require('./live');
const { sessionCookie } = require('./votes');

const SUBMISSIONS = 300;
const REVIEWERS = 40;
const PER_SUBMISSION = 4;
const LAUREATES = 20;
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

// What the board's page shows of each submission and review (apps/web/src/calls/calls.ts).
const BOARD = `query ($callId: ID!) { facilitatorBoard(callId: $callId) {
  submissions { submission { id commonName state decision eligibilityReason passedReview } meanScore spread missingReviewers
    reviews { id state link weightedScore reviewer { id displayName } } }
  reviewers { reviewer { id displayName } assigned submitted excluded } lateMilestones { id } } }`;
const RESULTS = `query ($callId: ID!) { callResults(callId: $callId) {
  rows { meanScore spread submission { id commonName licence repositoryUrl decision motivation amountGranted rank } } } }`;

/** Seeds the decided call in SQL: the figures are those of reading it, not of writing it. */
async function seed(client) {
  const domainId = (await client.query('SELECT id FROM domain ORDER BY slug LIMIT 1')).rows[0].id;
  const facilitatorId = (
    await client.query(`INSERT INTO user_account (display_name) VALUES ('Hélène, animatrice du banc') RETURNING id`)
  ).rows[0].id;
  const committeeId = (
    await client.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
       VALUES ($1, 'committee', 'Comité des appels du banc', 'comite-appels-banc', 'public', 'invitation') RETURNING id`,
      [domainId],
    )
  ).rows[0].id;
  await client.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [
    committeeId,
    facilitatorId,
  ]);
  const callId = (
    await client.query(
      `INSERT INTO call (domain_id, committee_id, title, challenges, criteria, cutoffs, state, budget, reviews_per_submission, created_by, decided_at)
       VALUES ($1, $2, 'Appel du banc d’essai', '{Outils de la classe}',
         '[{"key":"c1","name":"Qualité technique","description":"","weight":30},{"key":"c2","name":"Pertinence","description":"","weight":40},{"key":"c3","name":"Stratégie et communauté","description":"","weight":30}]',
         ARRAY[now() - interval '30 days'], 'decided', 2000000, $3, $4, now()) RETURNING id`,
      [domainId, committeeId, PER_SUBMISSION, facilitatorId],
    )
  ).rows[0].id;
  const reviewers = (
    await client.query(
      `INSERT INTO user_account (display_name) SELECT 'Évaluatrice ' || n FROM generate_series(1, $1) n RETURNING id`,
      [REVIEWERS],
    )
  ).rows.map((row) => row.id);
  await client.query(`INSERT INTO call_reviewer (call_id, user_id, added_by) SELECT $1, unnest($2::uuid[]), $3`, [
    callId,
    reviewers,
    facilitatorId,
  ]);
  const applicants = (
    await client.query(
      `INSERT INTO user_account (display_name) SELECT 'Porteur ' || n FROM generate_series(1, $1) n RETURNING id`,
      [SUBMISSIONS],
    )
  ).rows.map((row) => row.id);
  await client.query(
    `INSERT INTO call_submission (call_id, created_by, state, cutoff_at, common_kind, common_name, summary, licence, repository_url,
       maintainers, pitch, challenge, amount_asked, publish_consent, passed_review, rank, decision, motivation, amount_granted)
     SELECT $1, ($2::uuid[])[n], 'eligible', now() - interval '30 days', 'software', 'Commun ' || n, 'Un commun.', 'EUPL-1.2',
       'https://forge.apps.education.fr/banc/' || n, '{Mainteneur}', repeat('Présentation. ', 20), 'Outils de la classe', 50000,
       n % 2 = 0, n <= 30, CASE WHEN n <= 30 THEN n END,
       CASE WHEN n <= $3 THEN 'retained' WHEN n <= 30 THEN 'not_retained' END,
       CASE WHEN n <= 30 THEN 'Motivation du comité.' END, CASE WHEN n <= $3 THEN 50000 END
     FROM generate_series(1, $4) n`,
    [callId, applicants, LAUREATES, SUBMISSIONS],
  );
  await client.query(
    `INSERT INTO call_submission_applicant (submission_id, user_id, role, accepted)
     SELECT id, created_by, 'lead', true FROM call_submission WHERE call_id = $1`,
    [callId],
  );
  // Reviewer k takes submissions k, k+1, k+2, k+3 (mod 40) in turn: 30 each.
  await client.query(
    `INSERT INTO call_review (call_id, submission_id, reviewer_id, state, link, scores, weighted_score, assigned_by, submitted_at)
     SELECT $1, s.id, ($2::uuid[])[((s.ordinal * $3 + k) % $4) + 1], 'submitted', 'none',
       '[{"criterionKey":"c1","score":4,"comment":"Bien."},{"criterionKey":"c2","score":3,"comment":"Utile."},{"criterionKey":"c3","score":4,"comment":"Ouvert."}]',
       3.6, $5, now()
     FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS ordinal FROM call_submission WHERE call_id = $1) s,
          generate_series(0, $3 - 1) k`,
    [callId, reviewers, PER_SUBMISSION, REVIEWERS, facilitatorId],
  );
  return { callId, facilitatorId };
}

/** `apiPid`: the built server's process, whose CPU time is read from /proc. */
async function benchCalls({ apiPort, apiPid, databaseUrl, sessionSecret, statements }) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Run alone (BENCH_ONLY=calls), the HTTP targets' seeding has not created it.
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const { callId, facilitatorId } = await seed(client);
    await client.query('ANALYZE');
    const cookie = await sessionCookie(client, facilitatorId, sessionSecret);
    const target = (query, headers) => ({
      url: `http://127.0.0.1:${apiPort}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables: { callId } }),
    });
    const targets = [
      ['facilitators’ board (300 submissions)', target(BOARD, { cookie })],
      ['results page (public, 30 rows)', target(RESULTS, {})],
    ];
    for (const [name, request] of targets) {
      // A first request checks the answer: a refusal would measure nothing.
      const check = await (
        await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body })
      ).json();
      if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
      await autocannon({ ...request, connections: CONNECTIONS, duration: 2 });
      const before = await statements(databaseUrl);
      const ticks = cpu(apiPid);
      const result = await autocannon({ ...request, connections: CONNECTIONS, duration: DURATION });
      // Clock ticks are 1/100 s.
      const cpuMs = ((cpu(apiPid) - ticks) * 10) / result.requests.total;
      const sql = Math.max(0, (await statements(databaseUrl)) - before - 1) / result.requests.total;
      console.log(
        `${name.padEnd(40)} ${result.requests.average.toFixed(0).padStart(7)} req/s  p50 ${result.latency.p50.toFixed(1).padStart(7)} ms  p99 ${result.latency.p99.toFixed(1).padStart(7)} ms  SQL/req ${sql.toFixed(2)}  server CPU/req ${cpuMs.toFixed(1)} ms  errors ${result.errors + result.non2xx}`,
      );
    }
  } finally {
    await client.end();
  }
}

module.exports = { benchCalls };
