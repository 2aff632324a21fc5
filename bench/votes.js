// Votes in `npm run bench`: ballots recorded per second through GraphQL by 100 voters at once,
// each on their own account, and the time the first read after closing takes to count a
// 100,000-ballot vote, for each method.
const { randomBytes, randomUUID } = require('node:crypto');
const { sign } = require('@fastify/cookie');
const { Client } = require('pg');
// The servers of the benchmark run in production, where the cookie has the __Host- prefix.
const { PRODUCTION_SESSION_COOKIE } = require('../dist/libs/identity/src/session-store.js');

const VOTERS = 100;
const VOTES = Number(process.env.BENCH_VOTES ?? 5);
const BIG = 100_000;

/** A signed-in session for `userId`, written where the server's session store keeps them. */
async function sessionCookie(client, userId, secret) {
  const sid = randomBytes(24).toString('base64url');
  const maxAge = 3600_000;
  const sess = {
    cookie: {
      originalMaxAge: maxAge,
      expires: new Date(Date.now() + maxAge),
      httpOnly: true,
      path: '/',
      sameSite: 'lax',
    },
    passport: { userId, providerId: 'bench', authenticatedAt: Date.now() },
  };
  await client.query(`INSERT INTO user_session (sid, sess, expire) VALUES ($1, $2, now() + interval '1 hour')`, [
    sid,
    sess,
  ]);
  return `${PRODUCTION_SESSION_COOKIE}=${encodeURIComponent(sign(sid, secret))}`;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `statements(url)`: the run's count of statements executed so far (bench/run.js). */
async function benchVotes({ apiPort, databaseUrl, sessionSecret, statements }) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const url = `http://127.0.0.1:${apiPort}/graphql`;
  const graphql = async (cookie, query, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const answer = await response.json();
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };

  const domainId = (await client.query('SELECT id FROM domain ORDER BY slug LIMIT 1')).rows[0].id;
  const committeeId = (
    await client.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
       VALUES ($1, 'committee', 'Comité du banc d’essai', 'comite-banc-essai', 'public', 'invitation') RETURNING id`,
      [domainId],
    )
  ).rows[0].id;
  const people = (
    await client.query(
      `INSERT INTO user_account (display_name, email)
       SELECT 'Votant ' || n, 'votant' || n || '@ac-bench.fr' FROM generate_series(0, ${VOTERS}) n RETURNING id`,
    )
  ).rows.map((row) => row.id);
  const [facilitator, ...voters] = people;
  await client.query(
    `INSERT INTO membership (group_id, user_id, role)
     SELECT $1, id, CASE WHEN id = $2 THEN 'facilitator' ELSE 'voter' END FROM unnest($3::uuid[]) AS t(id)`,
    [committeeId, facilitator, people],
  );
  const facilitatorCookie = await sessionCookie(client, facilitator, sessionSecret);
  const voterCookies = [];
  for (const id of voters) voterCookies.push(await sessionCookie(client, id, sessionSecret));
  const me = await graphql(voterCookies[0], '{ me { id } }');
  if (me.me?.id !== voters[0]) throw new Error('the benchmark sessions are not recognised');

  const CREATE = `mutation ($input: CreateVoteInput!) { createVote(input: $input) { id } }`;
  const CAST = `mutation ($voteId: ID!, $ballot: BallotInput!, $secret: String!) { castBallot(voteId: $voteId, ballot: $ballot, secret: $secret) { receipt } }`;
  const rates = [];
  const latencies = [];
  let sql = 0;
  for (let round = 1; round <= VOTES; round++) {
    const { createVote } = await graphql(facilitatorCookie, CREATE, {
      input: {
        committeeId,
        title: `Scrutin ${round}`,
        method: 'approval',
        options: ['GCompris', 'LibreOffice', 'Scratch', 'Inkscape'],
        quorumPercent: 50,
        secret: true,
        ballotChanges: false,
        closesAt: new Date(Date.now() + 3600_000).toISOString(),
      },
    });
    const before = await statements(databaseUrl);
    const started = performance.now();
    await Promise.all(
      voterCookies.map(async (cookie, i) => {
        const sent = performance.now();
        await graphql(cookie, CAST, {
          voteId: createVote.id,
          ballot: { approved: ['o1', 'o2', 'o3', 'o4'].slice(0, 1 + (i % 4)) },
          secret: randomBytes(16).toString('base64url'),
        });
        latencies.push(performance.now() - sent);
      }),
    );
    const elapsed = performance.now() - started;
    sql += (await statements(databaseUrl)) - before - 1;
    rates.push((VOTERS / elapsed) * 1000);
    console.log(
      `vote ${round}: ${VOTERS} ballots at once in ${elapsed.toFixed(0)} ms, ${rates.at(-1).toFixed(0)} ballots/s`,
    );
  }
  latencies.sort((a, b) => a - b);
  rates.sort((a, b) => a - b);
  console.log(
    `castBallot, ${VOTERS} voters at once (${VOTES} votes): median ${rates[Math.floor(rates.length / 2)].toFixed(0)} ballots/s  p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms  SQL/ballot ${(sql / (VOTERS * VOTES)).toFixed(2)}`,
  );

  // Counting: 100,000 ballots per method, counted by the first read after the closing time.
  const choices = {
    for_against_abstain: `jsonb_build_object('position', (ARRAY['for','against','abstain'])[1 + n % 3])`,
    majority_judgment: `jsonb_build_object('grades', jsonb_build_object(
      'o1', (ARRAY['excellent','very_good','good','fairly_good','passable','insufficient','reject'])[1 + n % 7],
      'o2', (ARRAY['excellent','very_good','good','fairly_good','passable','insufficient','reject'])[1 + (n / 3) % 7],
      'o3', (ARRAY['excellent','very_good','good','fairly_good','passable','insufficient','reject'])[1 + (n / 5) % 7],
      'o4', (ARRAY['excellent','very_good','good','fairly_good','passable','insufficient','reject'])[1 + (n / 7) % 7]))`,
    approval: `jsonb_build_object('approved', (ARRAY['["o1"]','["o1","o2"]','["o2","o3","o4"]','[]'])[1 + n % 4]::jsonb)`,
  };
  for (const [method, choice] of Object.entries(choices)) {
    const options =
      method === 'for_against_abstain' ? [] : ['o1', 'o2', 'o3', 'o4'].map((key) => ({ key, label: `Option ${key}` }));
    const voteId = randomUUID();
    await client.query(
      `INSERT INTO vote (id, committee_id, title, method, threshold, options, quorum_percent, secret, opens_at, closes_at,
                         status, eligible_count, ballot_count, head_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, 50, true, now() - interval '1 hour', now() + interval '1 hour', 'open', ${BIG}, ${BIG}, $7, $8)`,
      [
        voteId,
        committeeId,
        `Scrutin de ${BIG} bulletins`,
        method,
        method === 'for_against_abstain' ? 'simple_majority' : null,
        JSON.stringify(options),
        randomBytes(32).toString('hex'),
        facilitator,
      ],
    );
    await client.query(
      `INSERT INTO ballot (vote_id, receipt, choice, change_key_hash)
       SELECT $1, 'R' || n, ${choice}, md5(n::text) FROM generate_series(1, ${BIG}) n`,
      [voteId],
    );
    await client.query('ANALYZE ballot');
    await client.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
    const started = performance.now();
    const { vote } = await graphql(
      '',
      `
        query ($id: ID!) {
          vote(id: $id) {
            status
            result {
              outcome
              ballots
            }
          }
        }
      `,
      {
        id: voteId,
      },
    );
    const elapsed = performance.now() - started;
    if (vote.status !== 'closed' || vote.result.ballots !== BIG) throw new Error(`${method}: not counted`);
    console.log(
      `counting ${BIG.toLocaleString('en')} ballots, ${method.padEnd(20)} ${elapsed.toFixed(0).padStart(6)} ms (first read after closing, outcome ${vote.result.outcome})`,
    );
  }
  await client.end();
}

module.exports = { benchVotes, sessionCookie };
