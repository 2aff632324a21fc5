import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The journal is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused
 * whoever asks, even the database owner the app connects as. Reading it: newest first, filtered
 * and paginated; bad filters are refused in French.
 */
describe('the audit journal', () => {
  let app: PeopleApp;
  let nadia: Person;
  let samir: Person;
  let groupId: string;

  beforeAll(async () => {
    app = await startPeopleApp([account('nadia', 'admin'), account('samir'), account('claire')]);
    nadia = await app.signIn('nadia');
    samir = await app.signIn('samir');
    const claire = await app.signIn('claire');
    const created = await nadia.graphql(
      `mutation ($f: ID!) { createGroup(input: { domainSlug: "logiciels-libres", kind: working_group, name: "Groupe journalisé", joinPolicy: open, facilitatorId: $f }) { id } }`,
      { f: samir.id },
    );
    groupId = created.data!.createGroup.id;
    await claire.graphql('mutation ($g: ID!) { joinGroup(groupId: $g) { role } }', { g: groupId });
    await samir.graphql('mutation ($g: ID!) { updateGroup(groupId: $g, input: { charter: "# Charte" }) { id } }', {
      g: groupId,
    });
    await samir.graphql('mutation ($g: ID!) { archiveGroup(groupId: $g) { id } }', { g: groupId });
  });
  afterAll(() => app.close());

  it.each([
    ['UPDATE', `UPDATE audit_entry SET action = 'group_archived'`],
    ['DELETE', 'DELETE FROM audit_entry'],
    ['TRUNCATE', 'TRUNCATE audit_entry'],
  ])('refuses %s at the database', async (_verb, statement) => {
    const before = (await app.sql.query('SELECT id, action FROM audit_entry ORDER BY id')).rows;
    expect(before.length).toBeGreaterThanOrEqual(3);
    await expect(app.sql.query(statement)).rejects.toThrow(/append-only/);
    expect((await app.sql.query('SELECT id, action FROM audit_entry ORDER BY id')).rows).toEqual(before);
  });

  it('keeps appending', async () => {
    const before = Number((await app.sql.query('SELECT count(*) FROM audit_entry')).rows[0].count);
    await nadia.graphql(
      `mutation { createGroup(input: { domainSlug: "logiciels-libres", kind: committee, name: "Comité ajouté" }) { id } }`,
    );
    expect(Number((await app.sql.query('SELECT count(*) FROM audit_entry')).rows[0].count)).toBe(before + 1);
  });

  it('reads newest first, by page, with filters', async () => {
    const page = (variables: Record<string, unknown>) =>
      nadia.graphql(
        `query ($first: Int, $after: String, $filter: AuditFilter) {
          auditLog(first: $first, after: $after, filter: $filter) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { action targetType details occurredAt actor { displayName } group { name } }
          }
        }`,
        variables,
      );
    const first = (await page({ first: 2, filter: { groupId } })).data!.auditLog;
    expect(first.totalCount).toBe(4);
    expect(first.nodes.map((n: { action: string }) => n.action)).toEqual(['group_archived', 'group_updated']);
    expect(JSON.parse(first.nodes[1].details)).toEqual({ group: 'Groupe journalisé', changed: ['charter'] });
    const second = (await page({ first: 2, after: first.pageInfo.endCursor, filter: { groupId } })).data!.auditLog;
    expect(second.nodes.map((n: { action: string }) => n.action)).toEqual(['member_joined', 'group_created']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const joins = (await page({ filter: { actions: ['member_joined'] } })).data!.auditLog;
    expect(joins.nodes).toEqual([
      expect.objectContaining({ actor: { displayName: 'Claire Test' }, group: { name: 'Groupe journalisé' } }),
    ]);
    const future = (await page({ filter: { since: new Date(Date.now() + 3_600_000).toISOString() } })).data!.auditLog;
    expect(future.totalCount).toBe(0);

    const reversed = await page({ filter: { since: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' } });
    expect(reversed.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/début/),
    });
    const badCursor = await page({ after: 'pas-un-curseur' });
    expect(badCursor.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const badDate = await page({ filter: { since: 'hier' } });
    expect(badDate.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('shows facilitators the entries of their groups only', async () => {
    await nadia.graphql(
      `mutation { createGroup(input: { domainSlug: "logiciels-libres", kind: working_group, name: "Groupe de Nadia" }) { id } }`,
    );
    const all = (await nadia.graphql('{ auditLog { totalCount } }')).data!.auditLog.totalCount;
    const facilitated = (await samir.graphql('{ auditLog { totalCount nodes { group { name } } } }')).data!.auditLog;
    expect(facilitated.totalCount).toBeLessThan(all);
    expect(new Set(facilitated.nodes.map((n: { group: { name: string } }) => n.group.name))).toEqual(
      new Set(['Groupe journalisé']),
    );
  });
});
