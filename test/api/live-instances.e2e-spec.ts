import { randomBytes } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';
import { startRedis, TestRedis } from '../support/redis';

type Message = { id: string; body: string };

/**
 * Several instances on one PostgreSQL and one Redis, and a restart while clients are connected.
 * Redis: TEST_REDIS_URL's, or a private redis-server (test/support/redis.ts).
 */
describe('live discussion across instances and restarts', () => {
  let redis: TestRedis;
  let app: PeopleApp;
  let samir: Person, karim: Person;
  let channelId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    app = await startPeopleApp([account('samir'), account('karim')], { REDIS_URL: redis.url });
    [samir, karim] = await Promise.all(['samir', 'karim'].map((login) => app.signIn(login)));
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const slug = `salon-${randomBytes(3).toString('hex')}`;
    const groupId = (
      await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $2, 'public', 'open') RETURNING id`,
        [domainId, slug],
      )
    ).rows[0].id;
    for (const person of [samir, karim]) {
      await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'member')`, [
        groupId,
        person.id,
      ]);
    }
    channelId = (await samir.graphql(`query ($slug: String!) { group(slug: $slug) { channel { id } } }`, { slug }))
      .data!.group.channel.id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await app?.close();
    await redis?.stop();
  });

  function connect(person: Person, url: string, reconnection = false): Socket {
    const socket = io(url, {
      extraHeaders: { cookie: person.cookie },
      transports: ['websocket'],
      reconnection,
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
    });
    sockets.push(socket);
    return socket;
  }
  const connected = (socket: Socket) =>
    socket.connected ? Promise.resolve() : new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const ask = (socket: Socket, event: string, payload: unknown) =>
    socket.timeout(10_000).emitWithAck(event, payload) as Promise<{ ok: boolean; [key: string]: unknown }>;

  it('carries a message sent through one instance to a client of the other, with one presence for both', async () => {
    const other = await app.instance();
    try {
      const here = connect(samir, app.url);
      const there = connect(karim, other.url);
      await Promise.all([connected(here), connected(there)]);
      expect((await ask(here, 'channel:join', { channelId })).ok).toBe(true);
      const presence = new Promise<{ people: { id: string }[] }>((resolve) =>
        here.on('presence', (update: { people: { id: string }[] }) => update.people.length === 2 && resolve(update)),
      );
      expect((await ask(there, 'channel:join', { channelId })).ok).toBe(true);
      expect((await presence).people.map((person) => person.id).sort()).toEqual([samir.id, karim.id].sort());

      const arrivedThere = new Promise<Message>((resolve) => there.once('message', resolve));
      expect((await ask(here, 'message:send', { channelId, body: 'Depuis la première instance' })).ok).toBe(true);
      expect((await arrivedThere).body).toBe('Depuis la première instance');
      const arrivedHere = new Promise<Message>((resolve) => here.once('message', resolve));
      expect((await ask(there, 'message:send', { channelId, body: 'Depuis la seconde' })).ok).toBe(true);
      expect((await arrivedHere).body).toBe('Depuis la seconde');
      here.disconnect();
      there.disconnect();
    } finally {
      await other.close();
    }
  });

  it('lets clients reconnect by themselves after a restart, missing no message and receiving none twice', async () => {
    const other = await app.instance();
    try {
      const received: Message[] = [];
      // Kept in id order, as the web client does: a live message may come before the missed ones.
      const keep = (message: Message) => {
        if (received.some((known) => known.id === message.id)) return;
        received.push(message);
        received.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
      };
      const client = connect(karim, app.url, true);
      // On every (re)connection the client joins again with the last message it has, as the web client does.
      let rejoined = 0;
      const join = () => {
        const after = received.at(-1)?.id;
        ask(client, 'channel:join', after ? { channelId, after } : { channelId }).then(
          (answer) => {
            for (const message of (answer.missed as Message[]) ?? []) keep(message);
            rejoined += 1;
          },
          // No answer: the server went away meanwhile (the next connection joins again) or was slow.
          () => client.connected && setTimeout(join, 200),
        );
      };
      client.on('connect', join);
      client.on('message', keep);
      const writer = connect(samir, other.url);
      await Promise.all([connected(client), connected(writer)]);
      while (rejoined < 1) await new Promise((resolve) => setTimeout(resolve, 20));
      const sent: string[] = [];
      const send = async (body: string) => {
        expect((await ask(writer, 'message:send', { channelId, body })).ok).toBe(true);
        sent.push(body);
      };
      await send('avant');
      // The writer's instance answers before Redis has carried the message to the client's: wait for
      // it, so that the restart starts with the client up to date.
      while (received.length < 1) await new Promise((resolve) => setTimeout(resolve, 20));
      const restarting = app.restart();
      for (const body of ['pendant 1', 'pendant 2', 'pendant 3']) await send(body);
      await restarting;
      await send('après');
      while (rejoined < 2 || received.length < sent.length) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received.map((message) => message.body)).toEqual(sent);
      expect(new Set(received.map((message) => message.id)).size).toBe(received.length);
      client.disconnect();
      writer.disconnect();
    } finally {
      await other.close();
    }
  });
});
