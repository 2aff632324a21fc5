import { startTestApp, TestApp } from '../support/app';

/**
 * The indicators over HTTP, without an account: the GraphQL queries, the open data files, their
 * refusals (a stable reason, a French message) and their own rate limit.
 */
describe('indicators, for visitors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_INDICATORS: '8' });
  });
  afterAll(() => t.close());

  it('lists the indicators and gives one, with no account', async () => {
    const list = await t.graphql('{ indicators { code name unit since } }');
    expect(list.body.data.indicators.map((indicator: { code: string }) => indicator.code)).toContain('membres');
    const one = await t.graphql(
      'query ($code: String!) { indicator(code: $code, from: "2026-01-05", to: "2026-04-06") { from to cells { key value display suppressed } } }',
      { code: 'propositions-par-etat' },
    );
    expect(one.body.data.indicator).toMatchObject({ from: '2026-01-05', to: '2026-04-06' });
    expect(one.body.data.indicator.cells[0]).toEqual({ key: 'total', value: 0, display: '0', suppressed: false });
  });

  it('refuses an unknown code (INDICATOR_UNKNOWN) and a period over 10 years (INDICATOR_PERIOD_INVALID)', async () => {
    const unknown = await t.graphql('{ indicator(code: "inconnu") { from } }');
    expect(unknown.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INDICATOR_UNKNOWN' });
    const long = await t.graphql('{ indicator(code: "membres", from: "2010-01-01", to: "2026-01-01") { from } }');
    expect(long.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INDICATOR_PERIOD_INVALID',
    });
    expect(long.body.errors[0].message).toMatch(/^La période/);
  });

  it('serves the CSV file with its Table Schema, and refuses a formula given as a filter', async () => {
    const csv = await t.http.get('/donnees/indicateurs/propositions-par-etat.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.text.startsWith('\uFEFFindicateur,debut,fin,')).toBe(true);
    const schema = await t.http.get('/donnees/indicateurs/propositions-par-etat.schema.json');
    expect(schema.body.fields.map((field: { name: string }) => field.name)).toContain('valeur');
    const injected = await t.http
      .get('/donnees/indicateurs/propositions-par-etat.csv')
      .query({ domain: '=HYPERLINK("http://exemple.test")' });
    expect(injected.status).toBe(404);
    expect(injected.body).toMatchObject({ code: 'NOT_FOUND' });
    expect(injected.text).not.toContain('indicateur,');
  });

  it('spends its own budget (8 a minute here): past it, 429, while the rest of the API still answers', async () => {
    const answers = [];
    for (let index = 0; index < 9; index++)
      answers.push((await t.http.get('/donnees/indicateurs/membres.json')).status);
    expect(answers.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect((await t.http.get('/health')).status).toBe(200);
  });
});

describe('the portal dump, for visitors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_INDICATORS: '120' });
  });
  afterAll(() => t.close());

  it('costs 60 of the indicators’ budget a file: the third in a minute is refused, and the indicators with it', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const dump = async () => (await t.http.get(`/donnees/portail/groupes-${today}.jsonl.gz`)).status;
    expect([await dump(), await dump(), await dump()]).toEqual([200, 200, 429]);
    expect((await t.http.get('/donnees/indicateurs/membres.json')).status).toBe(429);
    expect((await t.http.get('/health')).status).toBe(200);
  });
});
