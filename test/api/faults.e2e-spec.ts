import { randomBytes, randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { SESSION_COOKIE } from '@ouvroir/identity';
import { verifyLedger } from '@ouvroir/votes';
import { io, Socket } from 'socket.io-client';
import { adminQuery, freePort, withDatabase } from '../setup/test-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { startPrivatePostgres, PrivatePostgres } from '../support/postgres';
import { runServer, ServerProcess, waitUntilReady } from '../support/process';
import { RestartableRedis, startPrivateRedis } from '../support/redis';

/**
 * Ouvroir while its dependencies fail: PostgreSQL crashing and coming back, Redis stopped, the app itself
 * killed. The app runs as a server process (apps/api/src/main.ts), so that a crash shows as an exit, on a
 * PostgreSQL and a Redis of its own that the test may crash (test/support/postgres.ts and redis.ts).
 */
jest.setTimeout(600_000);

const SESSION_SECRET = 'a-test-secret-of-at-least-32-characters';
const CREATE = `mutation ($input: CreateVoteInput!) { createVote(input: $input) { id } }`;
const CAST = `mutation ($voteId: ID!, $ballot: BallotInput!, $secret: String!) {
  castBallot(voteId: $voteId, ballot: $ballot, secret: $secret) { receipt } }`;
const TURNOUT = `query ($id: ID!) { vote(id: $id) { turnout } }`;
const OPTIONS = ['GCompris', 'LibreOffice', 'Scratch', 'Inkscape'];

type Answer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server process on `databaseUrl`, on its own port. */
async function serve(databaseUrl: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const server = runServer({
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: url,
    SESSION_SECRET,
    DEV_IDP: '0',
    ...env,
  });
  await waitUntilReady(server);
  return { url, server };
}

const exited = (server: ServerProcess) => server.child.exitCode !== null || server.child.signalCode !== null;

async function stopServer(server: ServerProcess | undefined) {
  if (!server || exited(server)) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

/** A GraphQL request as the web client sends it; a connection that fails answers `network`. */
async function graphql(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

/**
 * Members with a session each, as signing in would leave them (a row of user_session behind a signed
 * cookie): the storms need hundreds, which the identity provider's pages would take long to sign in.
 */
async function members(databaseUrl: string, count: number): Promise<{ id: string; cookie: string }[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await adminQuery(
    databaseUrl,
    `INSERT INTO user_account (id, display_name, email, platform_role)
     SELECT id, 'Votant ' || n, 'votant' || n || '-' || $2 || '@ac-test.fr', 'member' FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [ids, randomBytes(3).toString('hex')],
  );
  const expires = new Date(Date.now() + 3600_000);
  const sessions = ids.map((id) => ({
    sid: randomBytes(24).toString('base64url'),
    sess: {
      cookie: { originalMaxAge: 3600_000, expires, httpOnly: true, path: '/', sameSite: 'lax', secure: false },
      passport: { userId: id, providerId: 'academie', authenticatedAt: Date.now() },
    },
  }));
  await adminQuery(
    databaseUrl,
    `INSERT INTO user_session (sid, sess, expire) SELECT sid, sess, $3 FROM unnest($1::text[], $2::json[]) AS t(sid, sess)`,
    [sessions.map((s) => s.sid), sessions.map((s) => JSON.stringify(s.sess)), expires],
  );
  return ids.map((id, i) => ({
    id,
    cookie: `${SESSION_COOKIE}=${fastifyCookie.sign(sessions[i].sid, SESSION_SECRET)}`,
  }));
}

/** A committee whose voters are `voters`, `facilitator` preparing its votes. */
async function committee(databaseUrl: string, facilitator: string, voters: string[]): Promise<string> {
  const domainId = (await adminQuery(databaseUrl, `SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
  const { rows } = await adminQuery(
    databaseUrl,
    `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
     VALUES ($1, 'committee', $2, $2, 'public', 'open') RETURNING id`,
    [domainId, `comite-${randomBytes(3).toString('hex')}`],
  );
  await adminQuery(
    databaseUrl,
    `INSERT INTO membership (group_id, user_id, role) SELECT $1::uuid, id, 'voter' FROM unnest($2::uuid[]) AS t(id)
     UNION ALL SELECT $1::uuid, $3::uuid, 'facilitator'`,
    [rows[0].id, voters, facilitator],
  );
  return rows[0].id;
}

/** A secret approval vote, open at once. */
async function openVote(url: string, facilitatorCookie: string, committeeId: string): Promise<string> {
  const answer = await graphql(url, facilitatorCookie, CREATE, {
    input: {
      committeeId,
      title: 'Le logiciel de l’année',
      method: 'approval',
      options: OPTIONS,
      quorumPercent: 0,
      secret: true,
      ballotChanges: false,
      closesAt: new Date(Date.now() + 3600_000).toISOString(),
    },
  });
  const parsed = JSON.parse(answer.text) as Answer;
  if (!parsed.data) throw new Error(`createVote: ${answer.text}`);
  return (parsed.data as { createVote: { id: string } }).createVote.id;
}

/** What a voter chose, from their index: the tally can then be checked. */
const choiceOf = (i: number) => ({ approved: OPTIONS.filter((_, k) => ((i * 7) >> k) & 1).map((_, k) => `o${k + 1}`) });

interface Storm {
  /** Each voter's receipt, once acknowledged. */
  receipts: Map<string, string>;
  /** Each voter's ballot secret, as their browser keeps it. */
  secrets: Map<string, string>;
  /** Every failed answer: status and body, for the assertions on their format. */
  failures: { status: number; text: string }[];
}

/**
 * Voters cast their ballot `concurrency` at a time, each retrying the same ballot with the same secret
 * until it is acknowledged, as the web client does after a lost answer (a CONFLICT then would mean a
 * ballot stored whose receipt its voter can never get); `during` runs once `after` ballots were
 * acknowledged.
 */
async function storm(
  url: () => string,
  alive: () => boolean,
  voteId: string,
  voters: { id: string; cookie: string }[],
  concurrency: number,
  trigger: { after: number; during: () => Promise<void> },
): Promise<Storm & { triggered: Promise<void> }> {
  const receipts = new Map<string, string>();
  const failures: { status: number; text: string }[] = [];
  let triggered: Promise<void> | undefined;
  const secrets = new Map(voters.map((voter) => [voter.id, randomBytes(16).toString('base64url')]));
  const queue = voters.map((voter, i) => ({ voter, i, secret: secrets.get(voter.id)! }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { voter, i, secret } = next;
      for (let attempt = 0; !receipts.has(voter.id); attempt++) {
        if (!alive()) throw new Error('the server exited');
        if (attempt > 600) throw new Error(`voter ${i} never got an answer`);
        const answer = await graphql(url(), voter.cookie, CAST, { voteId, ballot: choiceOf(i), secret });
        const parsed = answer.status ? (JSON.parse(answer.text) as Answer) : {};
        const receipt = (parsed.data as { castBallot?: { receipt: string } } | null | undefined)?.castBallot?.receipt;
        if (receipt) receipts.set(voter.id, receipt);
        else if (parsed.errors?.[0]?.extensions?.code === 'CONFLICT') {
          throw new Error(`voter ${i} retried the same ballot and was refused: ${answer.text}`);
        } else {
          failures.push(answer);
          await sleep(100);
        }
      }
      if (receipts.size >= trigger.after) triggered ??= trigger.during();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { receipts, secrets, failures, triggered: triggered ?? Promise.resolve() };
}

/** The vote's stored ballots, then its ledger once closed, verified. */
async function closeAndVerify(url: string, databaseUrl: string, voteId: string) {
  const stored = await adminQuery(databaseUrl, 'SELECT receipt FROM ballot WHERE vote_id = $1', [voteId]);
  await adminQuery(databaseUrl, 'UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
  const ledger = await (await fetch(`${url}/votes/${voteId}/ledger.json`)).text();
  return {
    stored: stored.rows.map((row: { receipt: string }) => row.receipt),
    ledger,
    verification: verifyLedger(ledger),
  };
}

/** No failed answer leaks an address, a driver's message or a stack, and each says why in the app's format. */
function expectOwnFormat(failures: { status: number; text: string }[]) {
  for (const failure of failures) {
    expect(failure.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|ECONNRESET|terminating connection|at .*\.[jt]s:\d+/);
    // The server stays up: every request is answered.
    expect(failure.status).toBeGreaterThan(0);
    const body = JSON.parse(failure.text) as Answer & { code?: string };
    const code = body.errors?.[0]?.extensions?.code ?? body.code;
    // The whole answer is in the object, for the failure's message.
    expect({ code, answer: failure.text }).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  }
}

describe('PostgreSQL restarting', () => {
  let pg: PrivatePostgres;
  let databaseUrl: string;
  let app: { url: string; server: ServerProcess };
  let facilitator: { id: string; cookie: string };

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    await adminQuery(pg.url, 'CREATE DATABASE ouvroir');
    databaseUrl = withDatabase(pg.url, 'ouvroir');
    app = await serve(databaseUrl);
    [facilitator] = await members(databaseUrl, 1);
  });
  afterAll(async () => {
    await stopServer(app?.server);
    await pg?.remove();
  });

  const ready = async () => {
    const response = await fetch(`${app.url}/ready`).catch(() => null);
    const text = (await response?.text()) ?? '';
    return response && { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
  };

  it('answers 503 naming the database while it is down, signs nobody out, and is ready again once it is back', async () => {
    const [reader] = await members(databaseUrl, 1);
    const voteId = await openVote(
      app.url,
      facilitator.cookie,
      await committee(databaseUrl, facilitator.id, [reader.id]),
    );
    expect(JSON.parse((await graphql(app.url, reader.cookie, TURNOUT, { id: voteId })).text).data).toEqual({
      vote: { turnout: 0 },
    });

    await pg.stopNow();
    try {
      const down = await ready();
      expect(down).toMatchObject({
        status: 503,
        body: { code: 'SERVICE_UNAVAILABLE', error: { database: { status: 'down' } } },
      });
      expect(down!.body.message).toMatch(/la base de données ne répond pas/);
      const pages = [];
      const queries = [];
      for (const cookie of [reader.cookie, '']) {
        queries.push(await graphql(app.url, cookie, TURNOUT, { id: voteId }));
        const ledger = await fetch(`${app.url}/votes/${voteId}/ledger.json`, { headers: { cookie } });
        pages.push({ status: ledger.status, text: await ledger.text() });
      }
      expectOwnFormat([down!, ...pages, ...queries]);
      expect(pages.map((page) => page.status)).toEqual([503, 503]);
    } finally {
      await pg.start();
    }
    let back = await ready();
    for (let attempt = 0; back?.status !== 200 && attempt < 100; attempt++) {
      await sleep(200);
      back = await ready();
    }
    expect(back?.status).toBe(200);
    // Still signed in: a database that did not answer ended no session.
    expect(
      JSON.parse(
        (
          await graphql(
            app.url,
            reader.cookie,
            `
              {
                me {
                  id
                }
              }
            `,
            {},
          )
        ).text,
      ).data,
    ).toEqual({
      me: { id: reader.id },
    });
    expect(app.server.child.exitCode).toBeNull();
  });

  it('survives a crash of PostgreSQL during a ballot storm: every voter gets a receipt, each ballot is there once, the ledger verifies', async () => {
    const voters = await members(databaseUrl, 200);
    const voteId = await openVote(
      app.url,
      facilitator.cookie,
      await committee(
        databaseUrl,
        facilitator.id,
        voters.map((voter) => voter.id),
      ),
    );
    // Pages read during the storm too, signed in or not.
    let storming = true;
    const readFailures: { status: number; text: string }[] = [];
    const reads = Promise.all(
      [voters[0].cookie, ''].map(async (cookie) => {
        while (storming) {
          const answer = await graphql(app.url, cookie, TURNOUT, { id: voteId });
          if (answer.status !== 200 || !JSON.parse(answer.text).data) readFailures.push(answer);
          await sleep(20);
        }
      }),
    );
    const result = await storm(
      () => app.url,
      () => !exited(app.server),
      voteId,
      voters,
      50,
      {
        after: 50,
        during: () => pg.restartNow(),
      },
    ).finally(() => (storming = false));
    await result.triggered;
    await reads;

    expect(app.server.child.exitCode).toBeNull();
    expect((await ready())?.status).toBe(200);
    // The crash was felt (answers failed meanwhile), and each failure was the app's own answer.
    expect(result.failures.length + readFailures.length).toBeGreaterThan(0);
    expectOwnFormat([...result.failures, ...readFailures]);
    expect(result.receipts.size).toBe(voters.length);
    const receipts = [...result.receipts.values()];
    expect(new Set(receipts).size).toBe(voters.length);

    // A retry after the storm still gets the same receipt; another secret is another ballot, refused.
    const retry = (secret: string) =>
      graphql(app.url, voters[5].cookie, CAST, { voteId, ballot: choiceOf(5), secret }).then(
        (answer) => JSON.parse(answer.text) as Answer,
      );
    expect((await retry(result.secrets.get(voters[5].id)!)).data).toEqual({
      castBallot: { receipt: result.receipts.get(voters[5].id) },
    });
    expect((await retry(randomBytes(16).toString('base64url'))).errors![0].extensions!.code).toBe('CONFLICT');

    const { stored, verification, ledger } = await closeAndVerify(app.url, databaseUrl, voteId);
    expect(stored.sort()).toEqual(receipts.sort());
    expect(verification).toMatchObject({ ok: true, ballots: voters.length });
    const entries = (JSON.parse(ledger) as { entries: { receipt: string }[] }).entries;
    expect(entries.map((entry) => entry.receipt).sort()).toEqual(receipts.sort());
  });
});

describe('Redis stopped during a live conversation across two instances', () => {
  let database: TestDatabase;
  let redis: RestartableRedis;
  const apps: { url: string; server: ServerProcess }[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = await startPrivateRedis();
    for (let i = 0; i < 2; i++) apps.push(await serve(database.url, { REDIS_URL: redis.url }));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    for (const app of apps) await stopServer(app.server);
    await redis?.stop();
    await database?.drop();
  });

  const connect = (cookie: string, url: string) => {
    const socket = io(url, { extraHeaders: { cookie }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    return new Promise<Socket>((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  };
  const ask = (socket: Socket, event: string, payload: unknown) =>
    socket.timeout(10_000).emitWithAck(event, payload) as Promise<{ ok: boolean; [key: string]: unknown }>;

  /** A client keeping the channel's messages in id order, joining again (with the last id it has) on `live:resync`. */
  function listener(socket: Socket, channelId: string) {
    const received: { id: string; body: string; live: boolean }[] = [];
    const keep = (message: { id: string; body: string }, live: boolean) => {
      if (received.some((known) => known.id === message.id)) return;
      received.push({ id: message.id, body: message.body, live });
      received.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
    };
    let resyncs = 0;
    // Resyncs run one after another; the last one may still be waiting for its answer when the
    // test ends, so `settled` lets the test wait for it instead of leaving it to the teardown.
    let resyncing = Promise.resolve();
    socket.on('message', (message: { id: string; body: string }) => keep(message, true));
    socket.on('live:resync', () => {
      resyncing = resyncing
        .then(async () => {
          const after = received.at(-1)?.id;
          const answer = await ask(socket, 'channel:join', after ? { channelId, after } : { channelId });
          for (const message of (answer.missed as { id: string; body: string }[]) ?? []) keep(message, false);
          resyncs += 1;
        })
        .catch((error: unknown) => {
          // A resync cut short by the teardown's disconnect is not a failure.
          if (socket.connected) throw error;
        });
    });
    return { received, resyncs: () => resyncs, settled: () => resyncing };
  }
  const until = async (condition: () => boolean, what: string) => {
    for (let attempt = 0; !condition(); attempt++) {
      if (attempt > 600) throw new Error(`never: ${what}`);
      await sleep(50);
    }
  };

  it('keeps each instance up and delivering to its own clients, then resumes across instances and replays what was missed', async () => {
    const [samir, lea, karim] = await members(database.url, 3);
    const domainId = (await adminQuery(database.url, `SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0]
      .id;
    const slug = `salon-${randomBytes(3).toString('hex')}`;
    const groupId = (
      await adminQuery(
        database.url,
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
         VALUES ($1, 'working_group', $2, $2, 'public', 'open') RETURNING id`,
        [domainId, slug],
      )
    ).rows[0].id;
    await adminQuery(
      database.url,
      `INSERT INTO membership (group_id, user_id, role) SELECT $1::uuid, id, 'member' FROM unnest($2::uuid[]) AS t(id)`,
      [groupId, [samir.id, lea.id, karim.id]],
    );
    const channelId = JSON.parse(
      (
        await graphql(
          apps[0].url,
          samir.cookie,
          `
            query ($slug: String!) {
              group(slug: $slug) {
                channel {
                  id
                }
              }
            }
          `,
          { slug },
        )
      ).text,
    ).data.group.channel.id as string;

    // Samir writes and Léa reads on the first instance; Karim reads on the second.
    const writer = await connect(samir.cookie, apps[0].url);
    const near = await connect(lea.cookie, apps[0].url);
    const far = await connect(karim.cookie, apps[1].url);
    for (const socket of [writer, near, far]) expect((await ask(socket, 'channel:join', { channelId })).ok).toBe(true);
    const nearby = listener(near, channelId);
    const faraway = listener(far, channelId);
    const sent: string[] = [];
    const send = async (body: string) => {
      const answer = await ask(writer, 'message:send', { channelId, body });
      expect(answer).toMatchObject({ ok: true });
      sent.push(body);
      return (answer.message as { id: string }).id;
    };
    await send('avant la panne');
    await until(() => faraway.received.length === 1, 'the message reached the other instance');

    await redis.stop();
    const stoppedAt = Date.now();
    for (const body of ['pendant 1', 'pendant 2', 'pendant 3']) {
      await send(body);
      await sleep(1000);
    }
    await until(() => nearby.received.length === 4, 'the messages reached the same instance');
    // Ten seconds of outage in all, as a Redis restart or failover may take.
    await sleep(Math.max(0, 10_000 - (Date.now() - stoppedAt)));
    expect(apps.map((app) => exited(app.server))).toEqual([false, false]);
    expect(faraway.received.map((message) => message.body)).toEqual(['avant la panne']);

    await redis.start();
    await until(() => faraway.resyncs() > 0, 'the other instance told its client to resync');
    await until(() => faraway.received.length === 4, 'the missed messages were replayed');
    // Live again across instances: a message sent now arrives as an event (a broadcast lost in the
    // meantime would be replayed after another live:resync, so a few may be needed).
    for (
      let attempt = 0;
      !faraway.received.some((message) => message.live && message.body.startsWith('après'));
      attempt++
    ) {
      if (attempt > 20) throw new Error('live delivery across instances never resumed');
      const id = await send(`après ${attempt}`);
      await until(() => faraway.received.some((message) => message.id === id), 'the message after the outage arrived');
    }
    // The same instance's client gets the last message on its own time: waited for, not assumed.
    await until(() => nearby.received.length >= sent.length, 'the last messages reached the same instance');
    await Promise.all([nearby.settled(), faraway.settled()]);
    expect(faraway.received.map((message) => message.body)).toEqual(sent);
    expect(nearby.received.map((message) => message.body)).toEqual(sent);
    expect(apps.map((app) => exited(app.server))).toEqual([false, false]);
  });
});

describe('the app killed mid-storm', () => {
  let database: TestDatabase;
  let app: { url: string; server: ServerProcess };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await serve(database.url);
  });
  afterAll(async () => {
    await stopServer(app?.server);
    await database?.drop();
  });

  it('keeps every acknowledged ballot once after a SIGKILL and a restart; voters whose answer was lost retry and get their receipt', async () => {
    const [facilitator, ...voters] = await members(database.url, 201);
    const voteId = await openVote(
      app.url,
      facilitator.cookie,
      await committee(
        database.url,
        facilitator.id,
        voters.map((voter) => voter.id),
      ),
    );
    const result = await storm(
      () => app.url,
      () => true,
      voteId,
      voters,
      50,
      {
        after: 60,
        during: async () => {
          app.server.child.kill('SIGKILL');
          await app.server.exited;
          app = await serve(database.url);
        },
      },
    );
    await result.triggered;
    expect(app.server.child.exitCode).toBeNull();
    // Killed mid-storm: some answers never came, and their voters retried on the restarted app.
    expect(result.failures.some((failure) => failure.status === 0)).toBe(true);

    const receipts = [...result.receipts.values()];
    expect(result.receipts.size).toBe(voters.length);
    expect(new Set(receipts).size).toBe(voters.length);
    const { stored, verification } = await closeAndVerify(app.url, database.url, voteId);
    expect(stored.sort()).toEqual(receipts.sort());
    expect(verification).toMatchObject({ ok: true, ballots: voters.length });
  });
});
