import { randomBytes } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The statements the public's two heaviest proposal reads send to PostgreSQL, as `npm run bench`
 * asks them: a group's list of 50 with their authors, and a proposal's page with its revisions,
 * comments and replies, steps and amendments.
 */
describe('proposals: statements per request', () => {
  let app: PeopleApp;
  let listSlug: string;
  let proposalId: string;

  beforeAll(async () => {
    app = await startPeopleApp([account('claire')]);
    const claire = await app.signIn('claire');
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const group = (
      await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
         VALUES ($1, 'working_group', 'Liste', 'liste-${randomBytes(3).toString('hex')}', 'public', 'open') RETURNING id, slug`,
        [domainId],
      )
    ).rows[0];
    listSlug = group.slug;
    await app.sql.query(
      `WITH created AS (
         INSERT INTO proposal (group_id, title, state, created_by, support_count, comment_count)
         SELECT $1, 'Proposition ' || n, 'in_discussion', $2, n, 2 * n FROM generate_series(1, 60) n RETURNING id
       )
       INSERT INTO proposal_author (proposal_id, user_id, status) SELECT id, $2::uuid, 'accepted' FROM created`,
      [group.id, claire.id],
    );
    proposalId = (
      await app.sql.query(
        `INSERT INTO proposal (group_id, title, body, state, created_by, revision_number, comment_count)
         VALUES ($1, 'Très discutée', 'Texte', 'in_discussion', $2, 30, 60) RETURNING id`,
        [group.id, claire.id],
      )
    ).rows[0].id;
    const fixtures = [
      `INSERT INTO proposal_author (proposal_id, user_id, status) VALUES ($1, $2, 'accepted')`,
      `INSERT INTO proposal_revision (proposal_id, number, title, summary, body, author_id)
       SELECT $1, n, 'Très discutée', '', 'Version ' || n, $2 FROM generate_series(1, 30) n`,
      `INSERT INTO proposal_transition (proposal_id, to_state, actor_id) VALUES ($1, 'draft', $2)`,
      `INSERT INTO proposal_comment (proposal_id, author_id, body, created_at)
       SELECT $1, $2, 'Commentaire ' || n, now() - n * interval '1 minute' FROM generate_series(1, 50) n`,
      `INSERT INTO proposal_comment (proposal_id, parent_id, author_id, body)
       SELECT $1, id, $2, 'Réponse' FROM proposal_comment WHERE proposal_id = $1 ORDER BY created_at LIMIT 10`,
      `INSERT INTO amendment (proposal_id, author_id, base_revision, body) VALUES ($1, $2, 30, 'Autre texte')`,
    ];
    for (const sql of fixtures) await app.sql.query(sql, [proposalId, claire.id]);
  });
  afterAll(() => app.close());

  /** The statements of one request, asked once before so that nothing is counted that a first time costs. */
  async function statements(person: Person, query: string) {
    await person.graphql(query);
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const answer = await person.graphql(query);
      expect(answer.errors).toBeUndefined();
      // A prepared statement comes as node-postgres' query config, named.
      const names = spy.mock.calls.map(([sql]) => (typeof sql === 'string' ? null : (sql as { name: string }).name));
      return { count: spy.mock.calls.length, data: answer.data!, names };
    } finally {
      spy.mockRestore();
    }
  }

  const list = () => `{ group(slug: "${listSlug}") { proposals(first: 50) { totalCount nodes {
      id title state supportCount commentCount updatedAt authors { status user { displayName } }
    } } } }`;

  const page = () => `{ proposal(id: "${proposalId}") {
      title state bodyHtml supportCount commentCount allowedTransitions viewerPermissions { edit comment }
      authors { status user { displayName } } timeline { toState createdAt actor { displayName } }
      revisions(first: 20) { totalCount nodes { number createdAt author { displayName } } }
      comments(first: 50) { totalCount nodes { body createdAt author { displayName } replies { body author { displayName } } } }
      amendments { status }
    } }`;

  it('lists 50 proposals of a group with their authors in 3: the group, the page, the people', async () => {
    const { count, data } = await statements(app.anonymous, list());
    expect(data.group.proposals.totalCount).toBe(61);
    expect(data.group.proposals.nodes).toHaveLength(50);
    expect(data.group.proposals.nodes[1].authors).toEqual([
      { status: 'accepted', user: { displayName: 'Claire Test' } },
    ]);
    expect(count).toBeLessThanOrEqual(3);
  });

  it('sends the list’s and the page’s statements prepared, by name: PostgreSQL plans each once per connection', async () => {
    const { names } = await statements(app.anonymous, list());
    expect(names).toEqual([
      expect.stringMatching(/^group_standing_[0-9a-f]{16}$/),
      expect.stringMatching(/^proposals_page_[0-9a-f]{16}$/),
      expect.stringMatching(/^profiles_by_ids_[0-9a-f]{16}$/),
    ]);
    // The page's statements come in the order its fields resolve: each is prepared.
    const onPage = (await statements(app.anonymous, page())).names;
    expect(onPage).toHaveLength(6);
    expect(onPage).not.toContain(null);
  });

  it('shows a proposal’s page in 6', async () => {
    const { count, data } = await statements(app.anonymous, page());
    // The proposal and its authors; its group's visibility; its revisions; its comments, counted,
    // with their replies; its steps and amendments; the people.
    expect(data.proposal).toMatchObject({
      allowedTransitions: [],
      authors: [{ status: 'accepted', user: { displayName: 'Claire Test' } }],
      timeline: [{ toState: 'draft', actor: { displayName: 'Claire Test' } }],
      revisions: { totalCount: 30 },
      comments: { totalCount: 50 },
      amendments: [{ status: 'pending' }],
    });
    expect(data.proposal.revisions.nodes).toHaveLength(20);
    expect(data.proposal.comments.nodes[0].replies).toEqual([
      { body: 'Réponse', author: { displayName: 'Claire Test' } },
    ]);
    expect(count).toBeLessThanOrEqual(6);
  });
});
