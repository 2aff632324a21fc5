import { randomBytes } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { startTestApp, TestApp } from '../support/app';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

const TOKEN = 'a-metrics-token-of-at-least-32-characters';

/** The scrape as Prometheus makes it, with its bearer token. */
const scrape = async (url: string, token = TOKEN) =>
  fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });

/** The value of one sample line (`name{labels} value`) of the exposition text, or undefined. */
const sample = (text: string, line: string): number | undefined => {
  const found = text.split('\n').find((candidate) => candidate.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
};

describe('Prometheus metrics at /metrics', () => {
  describe('without METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp()));
    afterAll(() => t.close());

    it('are not served at all: a 404 as for any unknown address', async () => {
      const answer = await t.http.get('/metrics').set('authorization', `Bearer ${TOKEN}`);
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    });
  });

  describe('with METRICS_TOKEN', () => {
    let app: PeopleApp;
    let helene: Person, marc: Person;
    const sockets: Socket[] = [];

    beforeAll(async () => {
      app = await startPeopleApp([account('helene'), account('marc')], { METRICS_TOKEN: TOKEN });
      [helene, marc] = await Promise.all([app.signIn('helene'), app.signIn('marc')]);
    });
    afterAll(async () => {
      for (const socket of sockets) socket.disconnect();
      await app.close();
    });

    it('refuse a scrape without the token, with another one or with a token that only starts like it (401)', async () => {
      for (const headers of [
        {} as Record<string, string>,
        { authorization: 'Bearer wrong' },
        { authorization: `Bearer ${TOKEN.slice(0, 20)}` },
      ]) {
        const answer = await fetch(`${app.url}/metrics`, { headers });
        expect(answer.status).toBe(401);
        expect(((await answer.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
      }
      expect((await fetch(`${app.url}/metrics`, { headers: { authorization: TOKEN } })).status).toBe(401);
    });

    it('time HTTP requests by route pattern and GraphQL operations by their root field, never by a name the client chose', async () => {
      await fetch(`${app.url}/health`);
      await app.anonymous.graphql('query MaRequeteAMoi { domains { slug } }');
      await fetch(`${app.url}/une/adresse/${randomBytes(4).toString('hex')}`);
      const answer = await scrape(app.url);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await answer.text();
      expect(
        sample(text, 'ouvroir_http_request_duration_seconds_count{method="GET",route="/health",status="200"}'),
      ).toBeGreaterThanOrEqual(1);
      expect(
        sample(text, 'ouvroir_graphql_operation_duration_seconds_count{operation="query domains"}'),
      ).toBeGreaterThanOrEqual(1);
      expect(text).not.toContain('MaRequeteAMoi');
      // An unknown address is counted without its path: the labels stay few whatever is asked.
      expect(text).not.toMatch(/route="\/une\/adresse/);
      expect(text).toContain('ouvroir_process_resident_memory_bytes');
    });

    it('count live connections, the job queues’ depth, the database pool and the ballots cast', async () => {
      const socket = io(app.url, {
        extraHeaders: { cookie: marc.cookie },
        transports: ['websocket'],
        reconnection: false,
      });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
      const committeeId = (
        await app.sql.query(
          `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
           VALUES ($1, 'committee', $2, $2, 'public', 'open') RETURNING id`,
          [domainId, `comite-${randomBytes(3).toString('hex')}`],
        )
      ).rows[0].id;
      await app.sql.query(
        `INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator'), ($1, $3, 'voter')`,
        [committeeId, helene.id, marc.id],
      );
      const created = await helene.graphql('mutation ($input: CreateVoteInput!) { createVote(input: $input) { id } }', {
        input: {
          committeeId,
          title: 'Le logiciel de l’année',
          method: 'approval',
          options: ['GCompris', 'Scratch'],
          quorumPercent: 0,
          secret: false,
          ballotChanges: true,
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      });
      expect(created.errors).toBeUndefined();
      const before = sample(await (await scrape(app.url)).text(), 'ouvroir_ballots_cast_total') ?? 0;
      const cast = await marc.graphql(
        'mutation ($voteId: ID!, $ballot: BallotInput!, $secret: String!) { castBallot(voteId: $voteId, ballot: $ballot, secret: $secret) { receipt } }',
        {
          voteId: created.data!.createVote.id,
          ballot: { approved: ['o1'] },
          secret: randomBytes(16).toString('base64url'),
        },
      );
      expect(cast.errors).toBeUndefined();

      const text = await (await scrape(app.url)).text();
      expect(sample(text, 'ouvroir_ballots_cast_total')).toBe(before + 1);
      expect(sample(text, 'ouvroir_live_connections{kind="socketio"}')).toBe(1);
      expect(sample(text, 'ouvroir_job_queue_depth{queue="domain-event"}')).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'ouvroir_database_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'ouvroir_database_pool_connections{state="waiting"}')).toBeGreaterThanOrEqual(0);
    });
  });
});
