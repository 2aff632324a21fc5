import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CSRF_HEADER } from '@ouvroir/core';
import { schemaFile, schemaText } from '../../apps/api/src/print-schema';
import { adminQuery } from '../setup/test-server';
import { startTestApp, TestApp } from '../support/app';

/** A query `depth` levels deep, through the introspection types (the only recursive part of the schema yet). */
function nestedQuery(depth: number): string {
  let selection = 'name';
  for (let level = 0; level < depth - 4; level++) selection = `ofType { ${selection} }`;
  return `{ __schema { types { fields { type { ${selection} } } } } }`;
}

describe('GraphQL API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the two seeded domains', async () => {
    const response = await t.graphql('{ domains { slug name } }');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        domains: [
          { slug: 'logiciels-libres', name: 'Logiciels libres' },
          { slug: 'ressources-educatives-libres', name: 'Ressources éducatives libres' },
        ],
      },
    });
  });

  it('finds a domain by slug and answers NOT_FOUND in French for an unknown one', async () => {
    const found = await t.graphql('query ($slug: String!) { domain(slug: $slug) { name description } }', {
      slug: 'logiciels-libres',
    });
    expect(found.body.data.domain.name).toBe('Logiciels libres');
    const missing = await t.graphql('{ domain(slug: "cuisine") { name } }');
    expect(missing.body.errors).toEqual([
      expect.objectContaining({
        message: 'Aucun domaine ne porte l’identifiant « cuisine ».',
        extensions: { code: 'NOT_FOUND', reason: 'DOMAIN_NOT_FOUND', details: { slug: 'cuisine' } },
      }),
    ]);
  });

  it.each([
    ['a syntax error', '{ domains { slug '],
    ['an unknown field', '{ domains { colour } }'],
    ['a missing argument', '{ domain { name } }'],
  ])('answers %s with BAD_USER_INPUT and a French message', async (_case, query) => {
    const response = await t.graphql(query);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toMatch(/^Requête GraphQL invalide : /);
  });

  it('refuses a query nested 15 deep with QUERY_TOO_DEEP', async () => {
    const response = await t.graphql(nestedQuery(15));
    expect(response.status).toBe(400);
    expect(response.body).not.toHaveProperty('data');
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(response.body.errors[0].message).toMatch(/trop imbriquée/);
    const shallow = await t.graphql(nestedQuery(8));
    expect(shallow.body.errors).toBeUndefined();
  });

  it('refuses a query that costs more than the limit with QUERY_TOO_COMPLEX', async () => {
    const response = await t.graphql(
      '{ searchProposals(search: "socle", first: 100) { nodes { revisions(first: 100) { nodes { title } } } } }',
    );
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.body.errors[0].message).toMatch(/trop coûteuse/);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form', 'application/x-www-form-urlencoded'],
  ])('refuses a %s POST without the CSRF header (CSRF prevention)', async (_case, contentType) => {
    const response = await t.http
      .post('/graphql')
      .set('content-type', contentType)
      .send(JSON.stringify({ query: '{ domains { slug } }' }));
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(response.body.errors[0].message).toMatch(/protection CSRF/);
  });

  it('answers GET queries that carry the CSRF header, and refuses them without it', async () => {
    const query = encodeURIComponent('{ domains { slug } }');
    const allowed = await t.http.get(`/graphql?query=${query}`).set(CSRF_HEADER, '1');
    expect(allowed.body.data.domains).toHaveLength(2);
    const refused = await t.http.get(`/graphql?query=${query}`);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('serves the schema committed in apps/api/schema.graphql (run `npm run schema:print` after a change)', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    expect(schemaText(schema)).toBe(readFileSync(schemaFile, 'utf8'));
  });

  it('hides an unexpected error behind INTERNAL and a generic French message', async () => {
    // A table the query reads is gone (the domains would answer from memory).
    await adminQuery(t.database.url, 'ALTER TABLE "work_group" RENAME TO "work_group_moved"');
    try {
      const response = await t.graphql('{ groupsDirectory(first: 1) { totalCount } }');
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Une erreur inattendue est survenue/),
          extensions: { code: 'INTERNAL' },
        }),
      ]);
      expect(JSON.stringify(response.body)).not.toMatch(/work_group_moved|relation|at \w+ \(/);
    } finally {
      await adminQuery(t.database.url, 'ALTER TABLE "work_group_moved" RENAME TO "work_group"');
    }
  });
});

describe('GraphQL API in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const response = await t.graphql('{ __schema { queryType { name } } }');
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toMatch(/introspection/i);
  });

  it('still answers ordinary queries', async () => {
    const response = await t.graphql('{ domains { slug } }');
    expect(response.body.data.domains).toHaveLength(2);
  });
});
