import { randomBytes } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

type Answer = { ok: boolean; error?: { code: string; message: string }; [key: string]: unknown };
type Message = { id: string; body: string; author: { id: string; displayName: string }; channelId: string };

const CHANNEL = `query ($slug: String!) { group(slug: $slug) { channel { id } } }`;

describe('live discussion over Socket.IO', () => {
  let app: PeopleApp;
  let url: string;
  let samir: Person, karim: Person, yann: Person;
  let slug: string, groupId: string, channelId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    app = await startPeopleApp(['samir', 'karim', 'yann', 'lina', 'nora'].map((login) => account(login)));
    url = `http://localhost:${(app.t.app.getHttpServer().address() as { port: number }).port}`;
    [samir, karim, yann] = await Promise.all(['samir', 'karim', 'yann'].map((login) => app.signIn(login)));
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    slug = `salon-${randomBytes(3).toString('hex')}`;
    groupId = (
      await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $2, 'members', 'invitation') RETURNING id`,
        [domainId, slug],
      )
    ).rows[0].id;
    for (const [person, role] of [
      [samir, 'facilitator'],
      [karim, 'member'],
    ] as const) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        groupId,
        person.id,
        role,
      ]);
    }
    channelId = (await samir.graphql(CHANNEL, { slug })).data!.group.channel.id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await app?.close();
  });

  /** A connected client with the person's session cookie. */
  async function connect(person: Person): Promise<Socket> {
    const socket = io(url, { extraHeaders: { cookie: person.cookie }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  }
  const ask = (socket: Socket, event: string, payload: unknown) =>
    socket.timeout(5000).emitWithAck(event, payload) as Promise<Answer>;
  const next = <T>(socket: Socket, event: string) =>
    new Promise<T>((resolve) => socket.once(event, (payload: T) => resolve(payload)));
  /**
   * A round trip on the connection. The server sends the live events of a change before it answers
   * the request that made it, and a connection keeps the order of what it carries: once the round
   * trip is back, every event of the changes already answered has come. An event not come by then
   * was not sent, with no waiting on the clock.
   */
  const roundTrip = async (socket: Socket) =>
    expect(await ask(socket, 'unwatch', { proposalId: '00000000-0000-4000-8000-000000000000' })).toEqual({ ok: true });

  it('refuses a connection without a valid session', async () => {
    for (const cookie of ['', 'ouvroir_session=forged.signature']) {
      const socket = io(url, { extraHeaders: { cookie }, transports: ['websocket'], reconnection: false });
      sockets.push(socket);
      const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
      expect(error.message).toBe('UNAUTHENTICATED');
    }
  });

  it('stores a message before broadcasting it, and gives a reconnecting client what it missed, in order', async () => {
    const facilitator = await connect(samir);
    const member = await connect(karim);
    expect(await ask(facilitator, 'channel:join', { channelId })).toMatchObject({ ok: true, missed: [] });
    const presence = new Promise<{ count: number; people: { id: string }[] }>((resolve) =>
      facilitator.on(
        'presence',
        (update: { count: number; people: { id: string }[] }) => update.count === 2 && resolve(update),
      ),
    );
    expect(await ask(member, 'channel:join', { channelId })).toMatchObject({ ok: true });
    expect((await presence).people.map((person) => person.id).sort()).toEqual([karim.id, samir.id].sort());

    const received = next<Message>(member, 'message');
    const sent = await ask(facilitator, 'message:send', { channelId, body: 'Bonjour à tous' });
    expect(sent.ok).toBe(true);
    const message = await received;
    expect(message).toMatchObject({
      body: 'Bonjour à tous',
      status: 'visible',
      author: { id: samir.id, displayName: 'Samir Test' },
      channelId,
    });
    expect((message as Message & { bodyHtml: string }).bodyHtml).toBe('<p>Bonjour à tous</p>\n');
    const stored = await app.sql.query('SELECT body FROM message WHERE id = $1', [message.id]);
    expect(stored.rows).toEqual([{ body: 'Bonjour à tous' }]);

    // Karim goes offline; three messages later he comes back with the id of the last one he has.
    member.disconnect();
    for (const body of ['un', 'deux', 'trois']) await ask(facilitator, 'message:send', { channelId, body });
    const back = await connect(karim);
    const rejoined = await ask(back, 'channel:join', { channelId, after: message.id });
    expect((rejoined.missed as Message[]).map((missed) => missed.body)).toEqual(['un', 'deux', 'trois']);
    expect(rejoined.truncated).toBe(false);

    const history = await karim.graphql(
      `query ($id: ID!) { channel(id: $id) { unreadCount messages(first: 2) { hasMore messages { body author { displayName } } } } }`,
      { id: channelId },
    );
    expect(history.data!.channel).toEqual({
      unreadCount: 4,
      messages: {
        hasMore: true,
        messages: [
          { body: 'trois', author: { displayName: 'Samir Test' } },
          { body: 'deux', author: { displayName: 'Samir Test' } },
        ],
      },
    });
  });

  it('refuses bad events with an error answer, the connection staying usable', async () => {
    const socket = await connect(karim);
    const outsider = await connect(yann);
    const refusals: [Socket, string, unknown, string][] = [
      [socket, 'message:send', { channelId, body: '' }, 'BAD_USER_INPUT'],
      [socket, 'message:send', { channelId, body: 'x'.repeat(10_001) }, 'BAD_USER_INPUT'],
      [socket, 'message:send', { channelId, body: 42 }, 'BAD_USER_INPUT'],
      [socket, 'message:send', 'pas un objet', 'BAD_USER_INPUT'],
      [socket, 'channel:join', { channelId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      [socket, 'channel:join', { channelId, after: 'hier' }, 'BAD_USER_INPUT'],
      [socket, 'typing', { channelId }, 'CONFLICT'],
      [outsider, 'channel:join', { channelId }, 'NOT_FOUND'],
      [outsider, 'message:send', { channelId, body: 'Bonjour' }, 'NOT_FOUND'],
      [socket, 'watch', { proposalId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ];
    for (const [client, event, payload, code] of refusals) {
      const answer = await ask(client, event, payload);
      expect([event, answer.ok, answer.error?.code]).toEqual([event, false, code]);
      expect(answer.error!.message).toMatch(/[a-zé]/);
    }
    // Without an acknowledgement, the refusal comes as an event.
    const refused = next<{ event: string; code: string }>(socket, 'ouvroir:error');
    socket.emit('message:send', { channelId, body: '   ' });
    expect(await refused).toMatchObject({ event: 'message:send', code: 'BAD_USER_INPUT' });
    expect((await ask(socket, 'channel:join', { channelId })).ok).toBe(true);
    expect(socket.connected).toBe(true);
  });

  it('mentions members: stored, shown, told live wherever they are; refuses mentioning anyone else', async () => {
    const author = await connect(karim);
    const mentioned = await connect(samir);
    const outsider = await connect(yann);
    let outsiderTold = false;
    outsider.on('mention', () => (outsiderTold = true));
    // Samir is told without having joined the channel.
    const told = next<{ channelId: string; messageId: string; author: { id: string } }>(mentioned, 'mention');
    const sent = await ask(author, 'message:send', { channelId, body: `Qu’en penses-tu @[Samir Test](${samir.id}) ?` });
    const message = sent.message as Message & { bodyHtml: string; mentionIds: string[] };
    expect(message.mentionIds).toEqual([samir.id]);
    expect(message.bodyHtml).toContain(`<span class="ouvroir-mention" data-person-id="${samir.id}">@Samir Test</span>`);
    expect(await told).toEqual({
      channelId,
      messageId: message.id,
      author: { id: karim.id, displayName: 'Karim Test' },
    });
    expect(
      (await app.sql.query('SELECT user_id FROM message_mention WHERE message_id = $1', [message.id])).rows,
    ).toEqual([{ user_id: samir.id }]);

    // Bad mentions: someone outside the group, an unknown id, more than 20 people; nothing is stored.
    const count = async () =>
      (await app.sql.query('SELECT count(*)::int AS n FROM message WHERE channel_id = $1', [channelId])).rows[0].n;
    const before = await count();
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const body of [
      `Et toi @[Yann Test](${yann.id}) ?`,
      `@[Fantôme](${unknown})`,
      Array.from({ length: 21 }, (_, i) => `@[P${i}](00000000-0000-4000-8000-${String(i).padStart(12, '0')})`).join(
        ' ',
      ),
    ]) {
      const refused = await ask(author, 'message:send', { channelId, body });
      expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    }
    expect(
      (await ask(author, 'message:send', { channelId, body: `@[Yann Test](${yann.id})` })).error!.message,
    ).toContain('« Yann Test »');
    expect(await count()).toBe(before);

    // An edit that mentions someone new tells them; one already mentioned is not told twice.
    const plain = (await ask(author, 'message:send', { channelId, body: 'Relisez le compte rendu.' }))
      .message as Message;
    const toldAgain = next<{ messageId: string }>(mentioned, 'mention');
    const edit = await karim.graphql(
      `mutation ($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { mentionIds bodyHtml } }`,
      { id: plain.id, body: `Relisez le compte rendu, @[Samir Test](${samir.id}).` },
    );
    expect(edit.data!.editMessage.mentionIds).toEqual([samir.id]);
    expect((await toldAgain).messageId).toBe(plain.id);
    const refusedEdit = await karim.graphql(
      `mutation ($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { id } }`,
      {
        id: plain.id,
        body: `@[Yann Test](${yann.id})`,
      },
    );
    expect(refusedEdit.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await app.sql.query('SELECT body FROM message WHERE id = $1', [plain.id])).rows[0].body).toContain('Samir');
    await roundTrip(outsider);
    expect(outsiderTold).toBe(false);
  });

  it('suggests whom to mention by name: the group’s members, the asker aside', async () => {
    const MENTIONABLE = `query ($id: ID!, $search: String!, $first: Int) { channel(id: $id) { mentionable(search: $search, first: $first) { id displayName } } }`;
    const named = async (person: Person, search: string, first = 8) =>
      person.graphql(MENTIONABLE, { id: channelId, search, first });
    expect((await named(karim, 'sam')).data!.channel.mentionable).toEqual([
      { id: samir.id, displayName: 'Samir Test' },
    ]);
    expect((await named(karim, '')).data!.channel.mentionable).toEqual([{ id: samir.id, displayName: 'Samir Test' }]);
    expect((await named(karim, 'yann')).data!.channel.mentionable).toEqual([]);
    expect((await named(karim, '%')).data!.channel.mentionable).toEqual([]);
    // Bad input: a page of 0 or 21, a search of 101 characters; a non-member does not see the channel.
    for (const [search, first] of [
      ['', 0],
      ['', 21],
      ['s'.repeat(101), 8],
    ] as const) {
      expect((await named(karim, search, first)).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await named(yann, '')).errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('suggests on a proposal’s channel only those who read it: for a draft, its authors and the facilitators', async () => {
    const { rows } = await app.sql.query(
      `WITH created AS (INSERT INTO proposal (group_id, title, state, created_by) VALUES ($1, 'Un brouillon', 'draft', $2) RETURNING id)
       INSERT INTO proposal_author (proposal_id, user_id, status) SELECT id, $2::uuid, 'accepted' FROM created RETURNING proposal_id`,
      [groupId, samir.id],
    );
    const proposalId = rows[0].proposal_id;
    const opened = await samir.graphql(`query ($id: ID!) { proposal(id: $id) { channel { id } } }`, { id: proposalId });
    const proposalChannel = opened.data!.proposal.channel.id;
    const mentionable = async () =>
      (await samir.graphql(`query ($id: ID!) { channel(id: $id) { mentionable { id } } }`, { id: proposalChannel }))
        .data!.channel.mentionable;
    // Karim, a member, does not read the draft: he is not suggested (nobody may write in a draft's channel anyway).
    expect(await mentionable()).toEqual([]);
    await app.sql.query(`UPDATE proposal SET state = 'in_discussion' WHERE id = $1`, [proposalId]);
    expect(await mentionable()).toEqual([{ id: karim.id }]);
    const author = await connect(samir);
    const mentionKarim = { channelId: proposalChannel, body: `@[Karim Test](${karim.id}), à relire` };
    expect(await ask(author, 'message:send', mentionKarim)).toMatchObject({ ok: true });
    // Mentioned there, Karim now counts that channel among his.
    const mine = await karim.graphql(`{ myChannels { id unreadMentionCount proposal { id } } }`);
    expect(mine.data!.myChannels).toContainEqual({
      id: proposalChannel,
      unreadMentionCount: 1,
      proposal: { id: proposalId },
    });
  });

  it('gathers my channels’ unread counts, and pushes each new message to those who follow them', async () => {
    const MINE = `{ myChannels { id unreadCount unreadMentionCount group { id } proposal { id } } }`;
    const mine = async (person: Person) =>
      (
        (await person.graphql(MINE)).data!.myChannels as {
          id: string;
          unreadCount: number;
          unreadMentionCount: number;
          group: { id: string };
        }[]
      ).find((channel) => channel.id === channelId);
    const before = await mine(samir);
    expect(before).toMatchObject({ group: { id: groupId }, proposal: null });
    expect(before!.unreadMentionCount).toBeGreaterThanOrEqual(2);
    expect(await mine(yann)).toBeUndefined();

    const follower = await connect(samir);
    const followed = await ask(follower, 'unread:follow', undefined);
    expect(followed.channelIds).toContain(channelId);
    const outsider = await connect(yann);
    expect((await ask(outsider, 'unread:follow', undefined)).channelIds).not.toContain(channelId);
    let leaked = false;
    outsider.on('channel:activity', () => (leaked = true));

    const author = await connect(karim);
    const activity = next<{ channelId: string; messageId: string; authorId: string }>(follower, 'channel:activity');
    const sent = (await ask(author, 'message:send', { channelId, body: 'Une de plus' })).message as Message;
    expect(await activity).toEqual({ channelId, messageId: sent.id, authorId: karim.id });
    expect((await mine(samir))!.unreadCount).toBe(before!.unreadCount + 1);

    // Reading in one tab tells the reader's other pages; the counts fall to zero.
    const read = next<{ channelId: string; lastReadId: string }>(follower, 'channel:read');
    const marked = await samir.graphql(
      `mutation ($c: ID!, $m: ID!) { markChannelRead(channelId: $c, messageId: $m) }`,
      {
        c: channelId,
        m: sent.id,
      },
    );
    expect(marked.errors).toBeUndefined();
    expect(await read).toEqual({ channelId, lastReadId: sent.id });
    expect(await mine(samir)).toMatchObject({ unreadCount: 0, unreadMentionCount: 0 });
    await roundTrip(outsider);
    expect(leaked).toBe(false);
  });

  it('limits a member to 10 messages in 5 seconds, with a clear error', async () => {
    const socket = await connect(karim);
    const answers: Answer[] = [];
    for (let i = 0; i < 11; i += 1)
      answers.push(await ask(socket, 'message:send', { channelId, body: `message ${i}` }));
    expect(answers.filter((answer) => answer.ok).length).toBeLessThanOrEqual(10);
    expect(answers.at(-1)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_REQUESTS' } });
  });

  it('counts and stores at once: of 20 concurrent sends over GraphQL, or 30 over the socket, 10 pass', async () => {
    const [lina, nora] = await Promise.all(['lina', 'nora'].map((login) => app.signIn(login)));
    for (const person of [lina, nora]) {
      await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'member')`, [
        groupId,
        person.id,
      ]);
    }
    const stored = async (person: Person) =>
      (await app.sql.query('SELECT count(*)::int AS n FROM message WHERE author_id = $1', [person.id])).rows[0].n;

    const posted = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        lina.graphql('mutation ($c: ID!, $b: String!) { postMessage(channelId: $c, body: $b) { id } }', {
          c: channelId,
          b: `ensemble ${i}`,
        }),
      ),
    );
    expect(posted.filter((answer) => !answer.errors)).toHaveLength(10);
    expect(posted.filter((answer) => answer.errors?.[0].extensions.code === 'TOO_MANY_REQUESTS')).toHaveLength(10);
    expect(await stored(lina)).toBe(10);

    const socket = await connect(nora);
    const sent = await Promise.all(
      Array.from({ length: 30 }, (_, i) => ask(socket, 'message:send', { channelId, body: `d’un coup ${i}` })),
    );
    expect(sent.filter((answer) => answer.ok)).toHaveLength(10);
    expect(sent.filter((answer) => answer.error?.code === 'TOO_MANY_REQUESTS')).toHaveLength(20);
    expect(await stored(nora)).toBe(10);
  });

  it('tells the pages watching a proposal what changed, once committed', async () => {
    const { rows } = await app.sql.query(
      `INSERT INTO proposal (group_id, title, state, created_by) VALUES ($1, 'Un salon par école', 'in_discussion', $2) RETURNING id`,
      [groupId, samir.id],
    );
    const proposalId = rows[0].id;
    const watcher = await connect(samir);
    expect(await ask(watcher, 'watch', { proposalId })).toEqual({ ok: true });
    expect((await ask(await connect(yann), 'watch', { proposalId })).error?.code).toBe('NOT_FOUND');
    const changed = next<{ id: string; what: string }>(watcher, 'proposal:changed');
    const comment = await karim.graphql(
      `mutation ($id: ID!) { addComment(proposalId: $id, body: "Bonne idée") { id } }`,
      { id: proposalId },
    );
    expect(comment.errors).toBeUndefined();
    expect(await changed).toEqual({ id: proposalId, what: 'comment' });
    expect(await ask(watcher, 'unwatch', { proposalId })).toEqual({ ok: true });
    let after = false;
    watcher.on('proposal:changed', () => (after = true));
    await karim.graphql(`mutation ($id: ID!) { addComment(proposalId: $id, body: "Encore") { id } }`, {
      id: proposalId,
    });
    await roundTrip(watcher);
    expect(after).toBe(false);
  });

  it('stops sending a group’s messages, and its proposals’, to a member as soon as they are removed', async () => {
    const { rows } = await app.sql.query(
      `INSERT INTO proposal (group_id, title, state, created_by) VALUES ($1, 'Un salon réservé', 'in_discussion', $2) RETURNING id`,
      [groupId, samir.id],
    );
    const proposalId = rows[0].id;
    const opened = await samir.graphql(`query ($id: ID!) { proposal(id: $id) { channel { id } } }`, { id: proposalId });
    const proposalChannel = opened.data!.proposal.channel.id;
    const removed = await connect(karim);
    const staying = await connect(samir);
    for (const socket of [removed, staying]) {
      for (const id of [channelId, proposalChannel])
        expect((await ask(socket, 'channel:join', { channelId: id })).ok).toBe(true);
    }
    expect((await ask(removed, 'unread:follow', undefined)).channelIds).toContain(channelId);
    expect(await ask(removed, 'watch', { proposalId })).toEqual({ ok: true });
    // Presence in both channels shows Karim gone once the server has taken him out of their rooms.
    const without = (id: string) =>
      new Promise<void>((resolve) =>
        staying.on(
          'presence',
          (update: { channelId: string; people: { id: string }[] }) =>
            update.channelId === id && !update.people.some((person) => person.id === karim.id) && resolve(),
        ),
      );
    const gone = Promise.all([without(channelId), without(proposalChannel)]);
    const answer = await samir.graphql(
      `mutation ($groupId: ID!, $userId: ID!) { removeMember(groupId: $groupId, userId: $userId, reason: "Départ") }`,
      { groupId, userId: karim.id },
    );
    expect(answer.errors).toBeUndefined();
    await gone;
    const leaked: string[] = [];
    for (const event of ['message', 'channel:activity', 'proposal:changed'])
      removed.on(event, () => leaked.push(event));
    await ask(staying, 'message:send', { channelId, body: 'Après le départ' });
    await ask(staying, 'message:send', { channelId: proposalChannel, body: 'Après le départ, sur la proposition' });
    const comment = await samir.graphql(
      `mutation ($id: ID!) { addComment(proposalId: $id, body: "Entre nous") { id } }`,
      {
        id: proposalId,
      },
    );
    expect(comment.errors).toBeUndefined();
    await roundTrip(removed);
    expect(leaked).toEqual([]);
    expect(removed.connected).toBe(true);
  });
});
