import { randomBytes } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CSRF_HEADER, queryCost } from '@ouvroir/core';
import {
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
} from 'graphql';
import * as webOperations from '../../apps/web/src/gql/graphql';
import { freePort } from '../setup/test-server';
import { startTestApp, TestApp } from '../support/app';
import { account, GraphqlAnswer, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * What one GraphQL request may ask for: costs proportional to the work, a cap on aliases of one
 * field, one word diff per request and a bounded one, an answer of bounded size, bounded variables,
 * and inputs PostgreSQL would choke on refused as the client's mistake. Each test asserts the bound
 * itself: the request refused with its code, the diff given up, the answer capped.
 */
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** POSTs as the web client does, answering the status, content type and body. */
async function post(url: string, query: string, variables?: unknown, accept = GRAPHQL_RESPONSE, cookie = '') {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
}

/** `words` distinct words, different for each seed, so that two such texts share nothing. */
const words = (seed: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${seed}${index.toString(36)}`).join(' ');

/** A value of `type` for a variable, pages at their largest (every Int is 100, the largest `first`). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  return { Int: 100, Float: 1, Boolean: true }[type.name] ?? 'x';
}

/** What each operation of the web client costs with such variables. */
function webCosts(schema: GraphQLSchema): Record<string, number> {
  const documents = Object.entries(webOperations).filter(
    ([name, value]) => name.endsWith('Document') && value instanceof webOperations.TypedDocumentString,
  );
  return Object.fromEntries(
    documents.map(([name, document]) => {
      const query = parse(document.toString());
      const operation = query.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      const variables = Object.fromEntries(
        (operation?.variableDefinitions ?? []).map((definition) => [
          definition.variable.name.value,
          sample(typeFromAST(schema, definition.type as never) as GraphQLInputType),
        ]),
      );
      return [name, queryCost(schema, query, variables)];
    }),
  );
}

describe('GraphQL limits', () => {
  let app: PeopleApp;
  let claire: Person;
  let proposalId: string;

  beforeAll(async () => {
    app = await startPeopleApp([account('claire')]);
    claire = await app.signIn('claire');
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const groupId = (
      await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $2, 'public', 'open') RETURNING id`,
        [domainId, `groupe-${randomBytes(3).toString('hex')}`],
      )
    ).rows[0].id;
    await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'member')`, [
      groupId,
      claire.id,
    ]);
    const created = await claire.graphql(
      'mutation ($g: ID!, $input: ProposalInput!) { createProposal(groupId: $g, input: $input) { id } }',
      { g: groupId, input: { title: 'Un socle commun', body: 'Des logiciels libres pour les salles de technologie.' } },
    );
    proposalId = created.data!.createProposal.id;
    const save =
      'mutation ($id: ID!, $base: Int!, $input: ProposalInput!) { saveProposal(proposalId: $id, baseRevision: $base, input: $input) { revisionNumber } }';
    // Revision 2: one word changed; revision 3: a body sharing no word with revision 2.
    await claire.graphql(save, {
      id: proposalId,
      base: 1,
      input: { title: 'Un socle commun', body: 'Des logiciels libres pour les salles de sciences.' },
    });
    await claire.graphql(save, {
      id: proposalId,
      base: 2,
      input: { title: 'Un socle commun', body: words('b', 6_000) },
    });
  });
  afterAll(() => app.close());

  const DIFF =
    'query ($id: ID!, $from: Int!, $to: Int!) { proposal(id: $id) { diff(from: $from, to: $to) { givenUp body { kind text } } } }';

  it('compares two close revisions word by word', async () => {
    const answer = await claire.graphql(DIFF, { id: proposalId, from: 1, to: 2 });
    expect(answer.data!.proposal.diff.givenUp).toBe(false);
    expect(answer.data!.proposal.diff.body).toEqual([
      { kind: 'same', text: 'Des logiciels libres pour les salles de ' },
      { kind: 'deleted', text: 'technologie' },
      { kind: 'inserted', text: 'sciences' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('gives up a word diff past its edit limit, and answers both texts whole', async () => {
    const before = await app.sql.query(`SELECT body FROM proposal_revision WHERE proposal_id = $1 AND number = 2`, [
      proposalId,
    ]);
    const answer = await claire.graphql(DIFF, { id: proposalId, from: 2, to: 3 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.proposal.diff.givenUp).toBe(true);
    expect(answer.data!.proposal.diff.body).toEqual([
      { kind: 'deleted', text: before.rows[0].body },
      { kind: 'inserted', text: words('b', 6_000) },
    ]);
    // Asked again (from the cache of revision pairs), the same answer.
    expect(await claire.graphql(DIFF, { id: proposalId, from: 2, to: 3 })).toEqual(answer);
  });

  it('allows one diff per request', async () => {
    const answer = await post(
      app.url,
      'query ($id: ID!) { proposal(id: $id) { a: diff(from: 1, to: 2) { givenUp } b: diff(from: 2, to: 3) { givenUp } } }',
      { id: proposalId },
      undefined,
      claire.cookie,
    );
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ path: ['proposal', 'b'], extensions: { code: 'QUERY_TOO_COMPLEX' } }),
    ]);
    expect(answer.body.errors[0].message).toMatch(/une seule comparaison/i);
  });

  it('previews Markdown for signed-in people only', async () => {
    const query = 'query ($m: String!) { markdownPreview(markdown: $m) }';
    const anonymous = await app.anonymous.graphql(query, { m: '**gras**' });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const signedIn = await claire.graphql(query, { m: '**gras**' });
    expect(signedIn.data!.markdownPreview).toContain('<strong>gras</strong>');
  });

  it('counts a preview at its cost: six in one request are refused', async () => {
    const aliases = Array.from({ length: 6 }, (_, index) => `p${index}: markdownPreview(markdown: $m)`).join(' ');
    const answer = await post(
      app.url,
      `query ($m: String!) { ${aliases} }`,
      { m: 'x'.repeat(100_000) },
      undefined,
      claire.cookie,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(answer.body).not.toHaveProperty('data');
  });

  it('counts a list at `first` times its items: 100 proposals × 100 comments are refused', async () => {
    const answer = await post(
      app.url,
      '{ searchProposals(search: "socle", first: 100) { nodes { comments(first: 100) { nodes { body } } } } }',
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const small = await post(
      app.url,
      '{ searchProposals(search: "socle", first: 5) { nodes { title comments(first: 5) { totalCount } } } }',
    );
    expect(small.body.errors).toBeUndefined();
  });

  it('lets every operation of the web client through, its pages at 100 items', () => {
    const limit = 5_000;
    const costs = webCosts(app.t.app.get(GraphQLSchemaHost).schema);
    expect(Object.keys(costs).length).toBeGreaterThan(50);
    // 100 messages with their parts: counted by the page, well under the limit.
    expect(costs.DiscussionChannelDocument).toBeGreaterThan(1_000);
    expect(Object.entries(costs).filter(([, cost]) => cost > limit)).toEqual([]);
  });

  it('refuses more than 20 aliases of one field', async () => {
    const aliases = (count: number) =>
      Array.from({ length: count }, (_, index) => `d${index}: domains { slug }`).join(' ');
    const refused = await post(app.url, `{ ${aliases(21)} }`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.body.errors[0].message).toMatch(/21 fois le champ « domains »/);
    expect((await post(app.url, `{ ${aliases(20)} }`)).body.errors).toBeUndefined();
  });

  it('answers QUERY_TOO_COMPLEX with HTTP 400', async () => {
    const answer = await post(
      app.url,
      '{ searchProposals(search: "a", first: 100) { nodes { revisions(first: 100) { nodes { title } } } } }',
    );
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/^application\/graphql-response\+json/);
    expect(answer.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses variables nested deeper than the limit with BAD_USER_INPUT, not INTERNAL', async () => {
    // Written by hand: JSON.stringify itself overflows the stack at this depth.
    const nested = `${'{"a":'.repeat(20_000)}"fond"${'}'.repeat(20_000)}`;
    const send = async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
        body: `{"query":"query ($s: String!) { searchProposals(search: $s) { totalCount } }","variables":{"s":${nested}}}`,
      });
      return { status: response.status, body: (await response.json()) as GraphqlAnswer };
    };
    // Twice: mercurius compiles a query the second time it sees it, without checking its variables first.
    for (const answer of [await send(), await send()]) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors![0].message).toMatch(/trop imbriquées/);
    }
  });

  it('refuses a NUL character, in a variable or in the query, with BAD_USER_INPUT', async () => {
    const inVariable = await post(app.url, 'query ($s: String!) { searchProposals(search: $s) { totalCount } }', {
      s: 'socle\u0000',
    });
    expect(inVariable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(inVariable.body.errors[0].message).toMatch(/caractère nul/);
    const inQuery = await post(app.url, '{ searchProposals(search: "socle\\u0000") { totalCount } }');
    expect(inQuery.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a date that is none', ['pas-une-date', '00000000-0000-0000-0000-000000000000']],
    ['an id that is none', [new Date().toISOString(), 'pas-un-id']],
    ['an object', [{ a: 1 }, 'x']],
    ['a NUL character', ['\u0000', 'x']],
  ])('refuses a cursor holding %s with BAD_USER_INPUT', async (_case, key) => {
    const after = Buffer.from(JSON.stringify(key)).toString('base64url');
    const answer = await post(
      app.url,
      'query ($id: ID!, $after: String) { proposal(id: $id) { comments(after: $after) { totalCount } } }',
      { id: proposalId, after },
      undefined,
      claire.cookie,
    );
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors[0].message).toMatch(/Curseur de pagination invalide/);
  });

  it('answers a GET mutation with 405 METHOD_NOT_ALLOWED in French', async () => {
    const query = encodeURIComponent('mutation { respondToCoauthorship(proposalId: "x", accept: true) }');
    const response = await fetch(`${app.url}/graphql?query=${query}`, { headers: { [CSRF_HEADER]: '1' } });
    expect(response.status).toBe(405);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
    expect(body.errors[0].message).toMatch(/POST/);
  });
});

describe('GraphQL limits in production', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    t = await startTestApp({ NODE_ENV: 'production', GRAPHQL_MAX_RESPONSE_BYTES: '1000' }, { listen: port });
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(() => t.close());

  it('suggests no field names, which would reveal the schema', async () => {
    const answer = await post(url, '{ domains { slugg } }');
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors[0].message).toMatch(/slugg/);
    expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|"slug"/);
  });

  it('refuses an answer larger than GRAPHQL_MAX_RESPONSE_BYTES', async () => {
    const small = await post(url, '{ domains { slug } }');
    expect(small.body.data.domains).toHaveLength(2);
    const aliases = Array.from({ length: 10 }, (_, index) => `d${index}: domains { slug name description }`).join(' ');
    const answer = await post(url, `{ ${aliases} }`);
    expect(answer.body).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE' } })],
    });
    expect(answer.body.errors[0].message).toMatch(/trop volumineuse/);
  });
});
