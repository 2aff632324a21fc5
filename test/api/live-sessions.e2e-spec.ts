import { SESSION_RECHECK_MS } from '@ouvroir/live';
import { io, Socket } from 'socket.io-client';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';
import { startRedis, TestRedis } from '../support/redis';

type Answer = { ok: boolean; error?: { code: string; message: string }; [key: string]: unknown };

const CHANNEL = `query ($slug: String!) { group(slug: $slug) { channel { id } } }`;

/**
 * The live connections follow their session: the handshake checks the page's origin, and a
 * session's end (logout, suspension, erasure, a smaller role, its absolute lifetime, or found gone
 * by an event) closes its connections on every instance.
 */
describe('live connections and their session', () => {
  let redis: TestRedis;
  let app: PeopleApp;
  let other: { url: string; close(): Promise<void> };
  let admin: Person;
  let channelId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    app = await startPeopleApp(
      [account('alice', 'admin'), ...['samir', 'karim', 'yann', 'lina', 'nora', 'omar'].map((login) => account(login))],
      { REDIS_URL: redis.url },
    );
    other = await app.instance();
    admin = await app.signIn('alice');
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const slug = `sessions-${Date.now()}`;
    await app.sql.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $2, 'public', 'open')`,
      [domainId, slug],
    );
    channelId = (await admin.graphql(CHANNEL, { slug })).data!.group.channel.id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await other?.close();
    await app?.close();
    await redis?.stop();
  });

  const join = async (login: string) => {
    const person = await app.signIn(login);
    await app.sql.query(
      `INSERT INTO membership (group_id, user_id, role) SELECT group_id, $1, 'member' FROM channel WHERE id = $2 ON CONFLICT DO NOTHING`,
      [person.id, channelId],
    );
    return person;
  };

  function open(url: string, headers: Record<string, string>): Socket {
    const socket = io(url, { extraHeaders: headers, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    return socket;
  }
  async function connect(person: Person, url = app.url): Promise<Socket> {
    const socket = open(url, { cookie: person.cookie });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  }
  const ask = (socket: Socket, event: string, payload: unknown) =>
    socket.timeout(5000).emitWithAck(event, payload) as Promise<Answer>;
  const closed = (socket: Socket) => new Promise<string>((resolve) => socket.once('disconnect', resolve));
  const refusal = (socket: Socket) =>
    new Promise<string>((resolve) => socket.once('connect_error', (error) => resolve(error.message)));
  /** Still served: a round trip answers. */
  const served = async (socket: Socket) => (await ask(socket, 'channel:join', { channelId })).ok;

  it('accepts a page of PUBLIC_URL and clients without Origin, refuses any other origin', async () => {
    const samir = await join('samir');
    for (const origin of ['http://localhost.evil.test', new URL(other.url).origin, 'null']) {
      expect(await refusal(open(app.url, { cookie: samir.cookie, origin }))).toBe('FORBIDDEN');
    }
    const fromPage = open(app.url, { cookie: samir.cookie, origin: new URL(app.url).origin });
    await new Promise<void>((resolve) => fromPage.once('connect', () => resolve()));
    expect(await served(fromPage)).toBe(true);
    expect(await served(await connect(samir))).toBe(true);
  });

  it('closes a session’s connections on every instance at logout, the person’s other sessions staying', async () => {
    const [karim, karimElsewhere] = [await join('karim'), await app.signIn('karim')];
    const here = await connect(karim);
    const there = await connect(karim, other.url);
    const elsewhere = await connect(karimElsewhere, other.url);
    const ended = [closed(here), closed(there)];
    const logout = await fetch(`${app.url}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: karim.cookie },
      body: '{}',
    });
    expect(logout.status).toBe(200);
    expect(await Promise.all(ended)).toEqual(['io server disconnect', 'io server disconnect']);
    expect(await served(elsewhere)).toBe(true);
    expect(await refusal(open(app.url, { cookie: karim.cookie }))).toBe('UNAUTHENTICATED');
  });

  it('closes a person’s connections on every instance when they are suspended, erased or lose their role', async () => {
    const yann = await join('yann');
    const suspended = [closed(await connect(yann)), closed(await connect(yann, other.url))];
    const suspend = await admin.graphql('mutation ($u: ID!) { suspendUser(userId: $u) { status } }', { u: yann.id });
    expect(suspend.errors).toBeUndefined();
    expect(await Promise.all(suspended)).toEqual(['io server disconnect', 'io server disconnect']);

    const lina = await join('lina');
    const erased = [closed(await connect(lina)), closed(await connect(lina, other.url))];
    expect((await lina.graphql('mutation { eraseMyAccount }')).errors).toBeUndefined();
    expect(await Promise.all(erased)).toEqual(['io server disconnect', 'io server disconnect']);

    // An administrator made member: a new connection carries the smaller role.
    const nora = await join('nora');
    await admin.graphql('mutation ($u: ID!) { setPlatformRole(userId: $u, role: admin) { platformRole } }', {
      u: nora.id,
    });
    const asAdmin = await connect(nora, other.url);
    const demoted = closed(asAdmin);
    const change = await admin.graphql(
      'mutation ($u: ID!) { setPlatformRole(userId: $u, role: member) { platformRole } }',
      { u: nora.id },
    );
    expect(change.data).toEqual({ setPlatformRole: { platformRole: 'member' } });
    expect(await demoted).toBe('io server disconnect');
    expect(await served(await connect(nora))).toBe(true);
  });

  it('finds a session gone at the next event once its reading is older than a few seconds', async () => {
    const omar = await join('omar');
    const socket = await connect(omar);
    expect(await served(socket)).toBe(true);
    await app.sql.query(`DELETE FROM user_session WHERE sess->'passport'->>'userId' = $1`, [omar.id]);
    await new Promise((resolve) => setTimeout(resolve, SESSION_RECHECK_MS + 200));
    const ending = closed(socket);
    expect(await ask(socket, 'typing', { channelId })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await ending).toBe('io server disconnect');
  });

  it('closes a connection when its session reaches SESSION_MAX_HOURS', async () => {
    const samir = await app.signIn('samir');
    // Signed in 12 hours ago but for one second.
    await app.sql.query(
      `UPDATE user_session SET sess = jsonb_set(sess::jsonb, '{passport,authenticatedAt}', to_jsonb($2::bigint))::json
       WHERE sess->'passport'->>'userId' = $1`,
      [samir.id, Date.now() - 12 * 3_600_000 + 1_000],
    );
    const socket = await connect(samir);
    expect(await closed(socket)).toBe('io server disconnect');
    expect(await refusal(open(app.url, { cookie: samir.cookie }))).toBe('UNAUTHENTICATED');
  });

  it('relays at most one typing a second per connection', async () => {
    const writer = await connect(await join('karim'));
    const reader = await connect(admin);
    expect(await served(writer)).toBe(true);
    expect(await served(reader)).toBe(true);
    let typings = 0;
    reader.on('typing', () => typings++);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await ask(writer, 'typing', { channelId }));
    expect(answers.map((answer) => answer.sent)).toEqual([true, false, false, false, false]);
    // The message comes after every typing the server relayed before it.
    const message = new Promise((resolve) => reader.once('message', resolve));
    expect((await ask(writer, 'message:send', { channelId, body: 'après la frappe' })).ok).toBe(true);
    await message;
    expect(typings).toBe(1);
  });
});

describe('the session cookie in production', () => {
  let app: PeopleApp;
  beforeAll(async () => {
    app = await startPeopleApp([account('eva')], { NODE_ENV: 'production', TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(async () => app?.close());

  it('is named with the __Host- prefix: Secure, Path=/, no Domain', async () => {
    const login = await fetch(`${app.url}/auth/academie/login`, {
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(login.status).toBe(302);
    const cookie = login.headers.getSetCookie().find((line) => line.startsWith('__Host-ouvroir_session='));
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
  });
});
