// The public dashboard's queries in `npm run bench` (BENCH_ONLY=indicators alone), on 1,000,000
// messages, 200,000 proposals, 1,000,000 ballots and 50,000 commons written by generate_series over
// the last two years (BENCH_INDICATORS_SCALE=0.1 for a tenth). For each indicator, the GraphQL
// operation the dashboard sends (IndicatorDashboard, apps/web/src/indicators): the first request
// (cold: the server's cache holds nothing yet) and then 50 more (cached: p50/p99). Then the CSV of
// the largest series, 10 years of weeks of messages: seconds and the server's peak memory.
const { readFileSync } = require('node:fs');
const { gunzipSync } = require('node:zlib');
const { Client } = require('pg');

const SCALE = Number(process.env.BENCH_INDICATORS_SCALE ?? 1);
const COUNTS = {
  messages: Math.round(1_000_000 * SCALE),
  proposals: Math.round(200_000 * SCALE),
  ballots: Math.round(1_000_000 * SCALE),
  commons: Math.round(50_000 * SCALE),
};
/** Voters per vote: the ballots come as votes of 100 voters each, each voter on the roll and voting. */
const VOTERS_PER_VOTE = 100;
const CACHED_REQUESTS = 50;

/** The dashboard's operation, as apps/web/src/indicators/indicators.ts writes it. */
const DASHBOARD_QUERY = `query IndicatorDashboard($code: String!, $from: String, $to: String, $domain: String) {
  indicator(code: $code, from: $from, to: $to, domain: $domain) {
    from to domain cells { key label value display suppressed } computedAt
  }
}`;

async function seedIndicators(client) {
  await client.query('SELECT setseed(0.18)');
  // Spread over the last two years, so that the default period (90 days) reads an eighth of them.
  const when = `now() - random() * interval '730 days'`;
  const person = `(SELECT ids[1 + floor(random() * array_length(ids, 1))::int] FROM people)`;
  const people = `people AS (SELECT array_agg(id) AS ids FROM user_account)`;
  await client.query('ALTER TABLE proposal DISABLE TRIGGER proposal_search_document');
  await client.query(`
    WITH ${people}, groups AS (SELECT array_agg(id) AS ids FROM work_group WHERE kind = 'working_group')
    INSERT INTO proposal (group_id, title, state, created_by, created_at)
    SELECT groups.ids[1 + n % array_length(groups.ids, 1)], 'Proposition ' || n,
      (ARRAY['draft', 'in_discussion', 'submitted', 'adopted', 'rejected', 'in_progress'])[1 + n % 6],
      (SELECT ids[1 + (n * 7919) % array_length(ids, 1)] FROM people), ${when}
    FROM generate_series(1, ${COUNTS.proposals}) n, groups`);
  // Lists page along (updated_at, id) with the cursor's time in milliseconds: one time for all would end them at a page.
  await client.query('UPDATE proposal SET updated_at = created_at');
  await client.query('ALTER TABLE proposal ENABLE TRIGGER proposal_search_document');
  await client.query(`
    INSERT INTO proposal_revision (proposal_id, number, title, summary, body, author_id, created_at)
    SELECT id, 1, title, '', '', created_by, created_at FROM proposal`);

  // Each group's salon, and the messages in them.
  await client.query(
    `INSERT INTO channel (group_id) SELECT id FROM work_group WHERE kind = 'working_group' ON CONFLICT DO NOTHING`,
  );
  await client.query(`
    WITH ${people}, channels AS (SELECT array_agg(id) AS ids FROM channel)
    INSERT INTO message (channel_id, author_id, body, created_at)
    SELECT channels.ids[1 + n % array_length(channels.ids, 1)], ${person}, 'Message ' || n, ${when}
    FROM generate_series(1, ${COUNTS.messages}) n, channels, people`);

  // Committees, closed votes on them, their rolls, participations and ballots.
  const votes = Math.ceil(COUNTS.ballots / VOTERS_PER_VOTE);
  await client.query(`
    INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
    SELECT (SELECT id FROM domain ORDER BY slug OFFSET n % 2 LIMIT 1), 'committee', 'Comité des chiffres ' || n, 'comite-des-chiffres-' || n, 'public', 'invitation'
    FROM generate_series(1, 20) n`);
  await client.query(`
    WITH committees AS (SELECT array_agg(id) AS ids FROM work_group WHERE kind = 'committee'),
         admin AS (SELECT min(id::text)::uuid AS id FROM user_account),
         dated AS (SELECT n, ${when} AS opened FROM generate_series(1, ${votes}) n)
    INSERT INTO vote (committee_id, title, method, threshold, secret, opens_at, closes_at, opened_at, closed_at,
                      status, created_by, eligible_count, ballot_count, result)
    SELECT committees.ids[1 + n % 20], 'Vote ' || n, 'for_against_abstain', 'simple_majority', true,
      opened, opened + interval '7 days', opened, opened + interval '7 days', 'closed', admin.id,
      ${VOTERS_PER_VOTE}, ${VOTERS_PER_VOTE}, '{"quorumReached": true}'
    FROM dated, committees, admin`);
  // Each vote's roll: 100 consecutive people of the 2,000, from a place that changes with the vote.
  await client.query(`
    WITH people AS (SELECT array_agg(id ORDER BY id) AS ids FROM user_account),
         votes AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM vote)
    INSERT INTO vote_voter (vote_id, user_id)
    SELECT votes.id, people.ids[1 + (votes.n * 13 + k) % array_length(people.ids, 1)]
    FROM votes, people, generate_series(0, ${VOTERS_PER_VOTE - 1}) k`);
  await client.query(
    `INSERT INTO vote_participation (vote_id, voter_id, cast_by) SELECT vote_id, user_id, user_id FROM vote_voter`,
  );
  await client.query(`
    INSERT INTO ballot (vote_id, receipt, choice, change_key_hash)
    SELECT vote_id, md5(random()::text || user_id::text), '{"position": "for"}', '' FROM vote_voter`);

  // Commons of both domains, each with its creator as maintainer and a first revision.
  await client.query(`
    WITH ${people}
    INSERT INTO common (kind, name, slug, domain_id, licence, licence_ids, licence_open, created_by, created_at)
    SELECT (ARRAY['software', 'educational_resource', 'service', 'dataset'])[1 + n % 4], 'Commun ' || n, 'commun-' || n,
      (SELECT id FROM domain ORDER BY slug OFFSET n % 2 LIMIT 1),
      (ARRAY['EUPL-1.2', 'CC-BY-SA-4.0', 'MIT', 'GPL-3.0-or-later'])[1 + n % 4],
      ARRAY[(ARRAY['EUPL-1.2', 'CC-BY-SA-4.0', 'MIT', 'GPL-3.0-or-later'])[1 + n % 4]], true,
      (SELECT ids[1 + (n * 31) % array_length(ids, 1)] FROM people), ${when}
    FROM generate_series(1, ${COUNTS.commons}) n, people`);
  await client.query(`INSERT INTO common_maintainer (common_id, user_id) SELECT id, created_by FROM common`);
  await client.query(`
    INSERT INTO common_revision (common_id, number, author_id, snapshot, created_at)
    SELECT id, 1, created_by, '{}', created_at FROM common`);
  await client.query('ANALYZE');
  const { rows } = await client.query(`SELECT
    (SELECT count(*) FROM message)::int AS messages, (SELECT count(*) FROM proposal)::int AS proposals,
    (SELECT count(*) FROM ballot)::int AS ballots, (SELECT count(*) FROM common)::int AS commons`);
  console.log(
    `data: ${rows[0].messages} messages, ${rows[0].proposals} proposals, ${rows[0].ballots} ballots, ${rows[0].commons} commons`,
  );
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
/** The server's peak resident memory so far (VmHWM), in MiB. */
const peakRss = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function timed(work) {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

async function benchIndicators({ apiPort, apiPid, databaseUrl }) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await seedIndicators(client);
  await client.end();
  const base = `http://127.0.0.1:${apiPort}`;
  const ask = async (variables) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DASHBOARD_QUERY, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`${variables.code}: ${body.errors[0].message}`);
    return body;
  };
  const list = await (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ indicators { code byGroup } }' }),
    })
  ).json();
  console.log(`${'indicator'.padEnd(44)} ${'cold ms'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)}`);
  const colds = [];
  for (const { code, byGroup } of list.data.indicators) {
    for (const domain of byGroup ? [undefined, 'logiciels-libres'] : [undefined]) {
      const variables = { code, domain };
      const cold = await timed(() => ask(variables));
      const cached = [];
      for (let index = 0; index < CACHED_REQUESTS; index++) cached.push((await timed(() => ask(variables))).ms);
      colds.push(cold.ms);
      console.log(
        `${(domain ? `${code} (${domain})` : code).padEnd(44)} ${cold.ms.toFixed(1).padStart(9)} ${percentile(cached, 0.5).toFixed(1).padStart(9)} ${percentile(cached, 0.99).toFixed(1).padStart(9)}`,
      );
    }
  }
  console.log(`slowest cold request: ${Math.max(...colds).toFixed(0)} ms (goal < 1000 ms; cached goal < 50 ms)`);

  const before = peakRss(apiPid);
  const csv = await timed(async () => {
    const response = await fetch(`${base}/donnees/indicateurs/messages-par-semaine.csv?from=2017-01-02&to=2027-01-01`);
    return (await response.text()).length;
  });
  console.log(
    `CSV messages-par-semaine over 10 years (${csv.result} bytes): ${(csv.ms / 1000).toFixed(2)} s, server peak RSS ${before.toFixed(0)} → ${peakRss(apiPid).toFixed(0)} MiB`,
  );
  const dump = await timed(async () => {
    const day = new Date().toISOString().slice(0, 10);
    const response = await fetch(`${base}/donnees/portail/decisions-${day}.jsonl.gz`);
    return (
      gunzipSync(Buffer.from(await response.arrayBuffer()))
        .toString('utf8')
        .split('\n').length - 1
    );
  });
  console.log(
    `portal dump, decisions (${dump.result} lines): ${(dump.ms / 1000).toFixed(2)} s, server peak RSS ${peakRss(apiPid).toFixed(0)} MiB`,
  );
}

module.exports = { benchIndicators, seedIndicators };
