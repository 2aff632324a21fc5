import { randomBytes } from 'node:crypto';
import { loadConfig } from '@ouvroir/core';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';
import { startRedis, TestRedis } from '../support/redis';

/** The defaults, which test/support/app.ts raises for the other tests. */
const DEFAULT_LIMITS = {
  RATE_LIMIT_AUTH: '',
  RATE_LIMIT_API: '',
  RATE_LIMIT_MUTATIONS: '',
  RATE_LIMIT_PREVIEWS: '',
};

/** An in-discussion proposal of a public group where `person` is a member, and so may comment. */
async function commentableProposal(app: PeopleApp, person: Person): Promise<string> {
  const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
  const slug = `limites-${randomBytes(3).toString('hex')}`;
  const groupId = (
    await app.sql.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $2, 'public', 'open') RETURNING id`,
      [domainId, slug],
    )
  ).rows[0].id;
  await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'member')`, [
    groupId,
    person.id,
  ]);
  const proposalId = (
    await app.sql.query(
      `INSERT INTO proposal (group_id, title, state, created_by) VALUES ($1, 'Limites', 'in_discussion', $2) RETURNING id`,
      [groupId, person.id],
    )
  ).rows[0].id;
  await app.sql.query(`INSERT INTO proposal_author (proposal_id, user_id, status) VALUES ($1, $2, 'accepted')`, [
    proposalId,
    person.id,
  ]);
  return proposalId;
}

/** One operation with `count` aliased addComment. */
const comments = (count: number) =>
  `mutation ($p: ID!) { ${Array.from({ length: count }, (_, i) => `c${i}: addComment(proposalId: $p, body: "n° ${i}") { id }`).join(' ')} }`;
const previews = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `p${i}: markdownPreview(markdown: "*${i}*")`).join(' ')} }`;

const countComments = async (app: PeopleApp, proposalId: string) =>
  (await app.sql.query('SELECT count(*)::int AS n FROM proposal_comment WHERE proposal_id = $1', [proposalId])).rows[0]
    .n as number;

const login = (url: string) => fetch(`${url}/auth/academie/login`, { redirect: 'manual' });

describe('rate limits', () => {
  it('default to 60 sign-ins and 60 mutation fields a minute, 1,200 requests a minute', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      authPerMinute: 60,
      apiPerMinute: 1_200,
      mutationsPerMinute: 60,
      previewsPerMinute: 60,
      indicatorsPerMinute: 300,
    });
  });

  describe('with the defaults, on one instance', () => {
    let app: PeopleApp;
    let samir: Person;
    beforeAll(async () => {
      app = await startPeopleApp([account('samir')], DEFAULT_LIMITS);
      samir = await app.signIn('samir');
    });
    afterAll(async () => app?.close());

    it('gives a signed-in session the idle lifetime and a pending login’s session ten minutes', async () => {
      const expiry = async (cookie: string) => {
        const sid = decodeURIComponent(cookie.split('=')[1]).replace(/^s:/, '').split('.')[0];
        const { rows } = await app.sql.query(
          `SELECT floor(extract(epoch FROM expire - now()))::int AS seconds FROM user_session WHERE sid = $1`,
          [sid],
        );
        return rows[0].seconds as number;
      };
      expect(await expiry(samir.cookie)).toBeGreaterThan(110 * 60);
      const pending = await login(app.url);
      expect(pending.status).toBe(302);
      const cookie = pending.headers.getSetCookie().find((line) => line.startsWith('ouvroir_session='))!;
      const seconds = await expiry(cookie.split(';')[0]);
      expect(seconds).toBeGreaterThan(8 * 60);
      expect(seconds).toBeLessThanOrEqual(10 * 60);
    });

    it('refuses logins past 60 a minute from one address with 429, creating no session', async () => {
      const before = (await app.sql.query('SELECT count(*)::int AS n FROM user_session')).rows[0].n as number;
      const answers = [];
      for (let i = 0; i < 70; i++) answers.push(await login(app.url));
      const refused = answers.filter((answer) => answer.status === 429);
      // Samir's sign-in and the pending login of the test before spent 3 of the 60.
      expect(answers.filter((answer) => answer.status === 302)).toHaveLength(57);
      expect(refused).toHaveLength(13);
      expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused[0].json()).toEqual({
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringMatching(/réessayez/),
      });
      const after = (await app.sql.query('SELECT count(*)::int AS n FROM user_session')).rows[0].n as number;
      expect(after - before).toBe(57);
    });

    // At most 20 aliases of a field per operation (docs/limits.md), a preview costs a fifth of a request's cost.
    it('counts each mutation field: past 60 a minute, an operation is refused whole, nothing written', async () => {
      const proposalId = await commentableProposal(app, samir);
      for (const count of [20, 20, 10]) {
        expect((await samir.graphql(comments(count), { p: proposalId })).errors).toBeUndefined();
      }
      expect(await countComments(app, proposalId)).toBe(50);

      const refused = await samir.graphql(comments(20), { p: proposalId });
      expect(refused.errors?.map((error) => error.extensions.code)).toEqual(['TOO_MANY_REQUESTS']);
      expect(refused.errors?.[0].message).toMatch(/réessayez dans \d+ seconde/);
      // A request error: nothing ran (GraphQL over HTTP gives no `data` then).
      expect(refused.data).toBeUndefined();
      expect(await countComments(app, proposalId)).toBe(50);

      expect((await samir.graphql(comments(10), { p: proposalId })).errors).toBeUndefined();
      const next = await samir.graphql(comments(1), { p: proposalId });
      expect(next.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(await countComments(app, proposalId)).toBe(60);
    });

    it('limits markdownPreview fields to 60 a minute per person', async () => {
      for (let i = 0; i < 11; i++) expect((await samir.graphql(previews(5))).errors).toBeUndefined();
      expect((await samir.graphql(previews(4))).errors).toBeUndefined();
      // 59 spent: two more would pass the budget.
      expect((await samir.graphql(previews(2))).errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      const last = await samir.graphql<Record<string, string>>(previews(1));
      expect(last.data?.p0).toBe('<p><em>0</em></p>\n');
      expect((await samir.graphql(previews(1))).errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    });

    it('refuses the 1,201st request of a minute from one address, on every route but the health checks', async () => {
      let status = 200;
      let answered = 0;
      while (status !== 429 && answered < 1_300) {
        status = (await fetch(`${app.url}/page-inconnue`)).status;
        answered++;
      }
      expect(status).toBe(429);
      // A load balancer polling the health checks is never told the instance is down.
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
      expect((await fetch(`${app.url}/ready`)).status).toBe(200);
      // Some of the 1,200 went to the tests before; none is over.
      expect(answered).toBeLessThanOrEqual(1_200);
      const graphql = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(graphql.status).toBe(429);
      expect(Number(graphql.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await graphql.json()).toEqual({
        errors: [{ message: expect.stringMatching(/réessayez/), extensions: { code: 'TOO_MANY_REQUESTS' } }],
      });
    });
  });

  describe('on two instances sharing one Redis', () => {
    let redis: TestRedis;
    let app: PeopleApp;
    let other: { url: string; close(): Promise<void> };
    let samir: Person;
    beforeAll(async () => {
      redis = await startRedis();
      app = await startPeopleApp([account('samir')], {
        REDIS_URL: redis.url,
        RATE_LIMIT_AUTH: '4',
        RATE_LIMIT_MUTATIONS: '3',
      });
      other = await app.instance();
      samir = await app.signIn('samir');
    });
    afterAll(async () => {
      await other?.close();
      await app?.close();
      await redis?.stop();
    });

    it('counts logins from one address on both', async () => {
      // Samir's sign-in spent 2 of the 4.
      expect((await login(other.url)).status).toBe(302);
      expect((await login(app.url)).status).toBe(302);
      expect((await login(other.url)).status).toBe(429);
      expect((await login(app.url)).status).toBe(429);
    });

    it('counts a person’s mutation fields on both', async () => {
      const proposalId = await commentableProposal(app, samir);
      const onOther = (query: string) =>
        fetch(`${other.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: samir.cookie },
          body: JSON.stringify({ query, variables: { p: proposalId } }),
        }).then((response) => response.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
      expect((await samir.graphql(comments(2), { p: proposalId })).errors).toBeUndefined();
      expect((await onOther(comments(2))).errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect((await onOther(comments(1))).errors).toBeUndefined();
      expect((await samir.graphql(comments(1), { p: proposalId })).errors?.[0].extensions.code).toBe(
        'TOO_MANY_REQUESTS',
      );
      expect(await countComments(app, proposalId)).toBe(3);
    });
  });
});
