// Notifications in `npm run bench`: a vote opening on a committee of 2,000 voters. The time until
// every voter's notification is stored and every mail queued, then the mails per second that reach
// the benchmark's own SMTP server (smtp-server, in this process).
const { SMTPServer } = require('smtp-server');
const { Client } = require('pg');
const { sessionCookie } = require('./votes');

const VOTERS = Number(process.env.BENCH_NOTIFIED_VOTERS ?? 2000);
const LIMIT_MS = 10 * 60_000;

/** A mail sink counting what it receives and when; its `url` goes to the server's SMTP_URL. */
async function startMailSink(port) {
  const arrivals = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The server sends one mail per connection or pools them: both are counted the same.
    maxClients: 100,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        arrivals.push(performance.now());
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  // The benchmark ends when its servers are stopped: the sink does not hold it.
  server.server.unref();
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, read, target, started) {
  for (;;) {
    const count = await read();
    if (count >= target) return performance.now() - started;
    if (performance.now() - started > LIMIT_MS) throw new Error(`${what}: ${count} of ${target} after ${LIMIT_MS} ms`);
    await sleep(25);
  }
}

async function benchNotifications({ apiPort, databaseUrl, sessionSecret, mailSink }) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await notifyTheCommittee(client, { apiPort, sessionSecret, mailSink });
  } finally {
    await client.end();
  }
}

async function notifyTheCommittee(client, { apiPort, sessionSecret, mailSink }) {
  const domainId = (await client.query('SELECT id FROM domain ORDER BY slug LIMIT 1')).rows[0].id;
  const committeeId = (
    await client.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
       VALUES ($1, 'committee', 'Comité des 2 000', 'comite-des-2000', 'members', 'invitation') RETURNING id`,
      [domainId],
    )
  ).rows[0].id;
  const people = (
    await client.query(
      `INSERT INTO user_account (display_name, email)
       SELECT 'Membre ' || n, 'membre' || n || '@ac-bench.fr' FROM generate_series(0, ${VOTERS}) n RETURNING id`,
    )
  ).rows.map((row) => row.id);
  const [facilitator] = people;
  await client.query(
    `INSERT INTO membership (group_id, user_id, role)
     SELECT $1, id, CASE WHEN id = $2 THEN 'facilitator' ELSE 'voter' END FROM unnest($3::uuid[]) AS t(id)`,
    [committeeId, facilitator, people],
  );
  const cookie = await sessionCookie(client, facilitator, sessionSecret);
  const mailsBefore = mailSink.arrivals.length;

  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: 'mutation ($input: CreateVoteInput!) { createVote(input: $input) { id status } }',
      variables: {
        input: {
          committeeId,
          title: 'Scrutin des 2 000',
          method: 'approval',
          options: ['GCompris', 'LibreOffice', 'Scratch'],
          quorumPercent: 50,
          secret: true,
          ballotChanges: false,
          closesAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        },
      },
    }),
  });
  const answer = await response.json();
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  const answered = performance.now() - started;
  const voteId = answer.data.createVote.id;
  const count = async (sql) => Number((await client.query(sql, [voteId])).rows[0].count);
  const stored = await until(
    'notifications stored',
    () => count(`SELECT count(*) FROM notification WHERE kind = 'vote_opened' AND subject_id = $1`),
    VOTERS,
    started,
  );
  const queued = await until(
    'mails queued',
    () =>
      count(
        `SELECT count(*) FROM mail_delivery d
          WHERE EXISTS (SELECT 1 FROM notification n
                         WHERE n.id = ANY (d.notification_ids) AND n.kind = 'vote_opened' AND n.subject_id = $1)`,
      ),
    VOTERS,
    started,
  );
  const received = await until('mails received', async () => mailSink.arrivals.length - mailsBefore, VOTERS, started);
  const arrivals = mailSink.arrivals.slice(mailsBefore);
  const sending = (arrivals.at(-1) - arrivals[0]) / 1000;
  console.log(
    `vote opened on a committee of ${VOTERS.toLocaleString('en')} voters (answer in ${answered.toFixed(0)} ms)`,
  );
  console.log(`  every notification stored   ${(stored / 1000).toFixed(1)} s`);
  console.log(`  every mail queued           ${(queued / 1000).toFixed(1)} s`);
  console.log(`  every mail received         ${(received / 1000).toFixed(1)} s`);
  console.log(
    `  mails per second to SMTP    ${(arrivals.length / Math.max(sending, 0.001)).toFixed(0)} (${arrivals.length} mails)`,
  );
  await client.end();
}

module.exports = { benchNotifications, startMailSink };
