import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The statements the catalogue's page sends to PostgreSQL: the page and all its facets in 4 whatever
 * the page's size, and the page's parts (repositories, maintainers and their people, usages and their
 * organisations, ScoLOMFR values, revisions) in one more each, not one per common.
 */
const FACETS = `facets {
  kinds { value count } domains { value label count } licences { value count } levels { value label count }
  subjects { value count } organisations { value label count } forges { value count } statuses { value count }
}`;

describe('commons: statements per request', () => {
  let app: PeopleApp;

  beforeAll(async () => {
    app = await startPeopleApp([account('claire')]);
    const claire = await app.signIn('claire');
    const sql = (text: string, values: unknown[] = []) => app.sql.query(text, values);
    await sql(`INSERT INTO organisation (name, type) SELECT 'Structure ' || n, 'school' FROM generate_series(1, 10) n`);
    await sql(
      `INSERT INTO common (kind, name, slug, domain_id, licence, licence_ids, licence_open, created_by)
       SELECT (ARRAY['software', 'educational_resource'])[1 + n % 2], 'Commun ' || lpad(n::text, 3, '0'), 'commun-' || n,
              (SELECT id FROM domain ORDER BY slug OFFSET n % 2 LIMIT 1), 'MIT', ARRAY['MIT'], true, $1
       FROM generate_series(1, 80) n`,
      [claire.id],
    );
    const fixtures = [
      `INSERT INTO common_revision (common_id, number, author_id, snapshot) SELECT id, 1, created_by, '{}' FROM common`,
      `INSERT INTO common_maintainer (common_id, user_id) SELECT id, created_by FROM common`,
      `INSERT INTO common_repository (common_id, url, forge, role) SELECT id, 'https://github.com/' || slug, 'github', 'source' FROM common`,
      `INSERT INTO common_usage (common_id, organisation_id, user_count)
       SELECT c.id, o.id, 10 FROM common c CROSS JOIN (SELECT id FROM organisation WHERE name LIKE 'Structure %' LIMIT 3) o`,
      `INSERT INTO common_scolomfr (common_id, concept_uri, vocabulary)
       SELECT c.id, k.uri, k.vocabulary FROM common c, scolomfr_concept k
       WHERE c.kind = 'educational_resource' AND k.vocabulary IN ('022', '015') AND k.position % 5 = 0`,
    ];
    for (const fixture of fixtures) await sql(fixture);
  });
  afterAll(() => app.close());

  /** The statements of one request, asked once before so that nothing is counted that a first time costs. */
  async function statements(person: Person, query: string) {
    await person.graphql(query);
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const answer = await person.graphql(query);
      expect(answer.errors).toBeUndefined();
      return { count: spy.mock.calls.length, data: answer.data! };
    } finally {
      spy.mockRestore();
    }
  }

  it.each([5, 50])(
    'pages %i commons with every facet in 3: the page, the facets, the organisations (the domains are kept in memory)',
    async (first) => {
      const { count, data } = await statements(
        app.anonymous,
        `{ commons(first: ${first}) { totalCount nodes { slug name kind licence { expression open } domain { name } } ${FACETS} } }`,
      );
      expect(data.commons.totalCount).toBe(80);
      expect(data.commons.nodes).toHaveLength(first);
      expect(data.commons.facets.organisations).toHaveLength(3);
      expect(count).toBe(3);
    },
  );

  it.each([5, 50])('shows the parts of %i commons in one statement per part', async (first) => {
    const { count, data } = await statements(
      app.anonymous,
      `{ commons(first: ${first}) { nodes {
          slug repositories { url forge } maintainers { user { displayName } organisation { name } }
          usages { organisation { name } userCount } usageCount
          scolomfr { levels { label } subjects { label } }
          revisions(first: 5) { number author { displayName } }
        } ${FACETS} } }`,
    );
    expect(data.commons.nodes[0].usages).toHaveLength(3);
    // 3 for the page, then repositories, maintainers, usages, ScoLOMFR values, revisions, the
    // people and the organisations: one each, whatever the number of commons.
    expect(count).toBe(10);
  });
});
