import { account, PeopleApp, Person, startPeopleApp } from '../support/people';
import { eventually } from '../support/smtp';

/**
 * Administrators create and edit domains; nobody else may, and a refusal writes nothing (neither the
 * domain nor a journal entry). Bad input is refused with a stable reason; journey 5 then creates a
 * committee for the new domain.
 */
const CREATE = `mutation ($input: DomainInput!) { createDomain(input: $input) { id slug name description } }`;
const UPDATE = `mutation ($id: ID!, $input: DomainInput!) { updateDomain(id: $id, input: $input) { id slug name description } }`;

interface Refusal {
  errors?: { message: string; extensions: { code: string; reason?: string } }[];
}

describe('domains, from the administration', () => {
  let app: PeopleApp;
  let nadia: Person;
  let claire: Person;
  let yann: Person;

  beforeAll(async () => {
    app = await startPeopleApp([account('nadia', 'admin'), account('claire'), account('yann', 'guest')]);
    nadia = await app.signIn('nadia');
    claire = await app.signIn('claire');
    yann = await app.signIn('yann');
  });
  afterAll(() => app.close());

  const count = async (sql: string) => Number((await app.sql.query(sql)).rows[0].count);
  const domains = () => count('SELECT count(*) FROM domain');
  const journal = () => count(`SELECT count(*) FROM audit_entry WHERE target_type = 'domain'`);
  const reasonOf = (answer: Refusal) => [answer.errors?.[0]?.extensions.code, answer.errors?.[0]?.extensions.reason];

  it.each([
    ['the public', () => app.anonymous, 'UNAUTHENTICATED'],
    ['a member', () => claire, 'FORBIDDEN'],
    ['a guest', () => yann, 'FORBIDDEN'],
  ])('refuses %s, writing nothing', async (_who, person, code) => {
    const before = [await domains(), await journal()];
    const input = { name: 'Domaine refusé', slug: 'domaine-refuse', description: '' };
    expect((await person().graphql(CREATE, { input })).errors![0].extensions.code).toBe(code);
    const existing = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    expect((await person().graphql(UPDATE, { id: existing, input })).errors![0].extensions.code).toBe(code);
    expect([await domains(), await journal()]).toEqual(before);
  });

  it('lets an administrator create then edit a domain, each act journaled, and create a committee for it', async () => {
    const created = await nadia.graphql(CREATE, {
      input: {
        name: '  Données scolaires ouvertes ',
        slug: 'donnees-ouvertes',
        description: 'Les **données** ouvertes.',
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDomain).toMatchObject({ name: 'Données scolaires ouvertes', slug: 'donnees-ouvertes' });
    const id = created.data!.createDomain.id as string;

    const updated = await nadia.graphql(UPDATE, {
      id,
      input: { name: 'Données ouvertes', slug: 'donnees-ouvertes-education', description: 'Les données.' },
    });
    expect(updated.data!.updateDomain).toMatchObject({ id, slug: 'donnees-ouvertes-education' });
    const read = await app.anonymous.graphql('{ domain(slug: "donnees-ouvertes-education") { name description } }');
    expect(read.data!.domain).toEqual({ name: 'Données ouvertes', description: 'Les données.' });

    const entries = (
      await app.sql.query(
        `SELECT action, actor_id, group_id, target_id, details FROM audit_entry WHERE target_type = 'domain' ORDER BY id`,
      )
    ).rows;
    expect(entries).toEqual([
      expect.objectContaining({ action: 'domain_created', actor_id: nadia.id, group_id: null, target_id: id }),
      expect.objectContaining({
        action: 'domain_updated',
        target_id: id,
        details: expect.objectContaining({ changed: ['name', 'slug', 'description'] }),
      }),
    ]);
    // Journey 5: a committee for the new domain.
    const committee = await nadia.graphql(
      `mutation ($f: ID!) { createGroup(input: { domainSlug: "donnees-ouvertes-education", kind: committee, name: "Comité des données ouvertes", facilitatorId: $f }) { id domain { slug } } }`,
      { f: claire.id },
    );
    expect(committee.errors).toBeUndefined();
    expect(committee.data!.createGroup.domain).toEqual({ slug: 'donnees-ouvertes-education' });
    // Domain acts are outside any group: the whole journal (administrators) shows them, a facilitator's does not.
    const adminJournal = await nadia.graphql(
      `{ auditLog(first: 50, filter: { actions: [domain_created] }) { totalCount } }`,
    );
    expect(adminJournal.data!.auditLog.totalCount).toBe(1);
    const facilitatorJournal = await claire.graphql(
      `{ auditLog(first: 50, filter: { actions: [domain_created, domain_updated] }) { totalCount } }`,
    );
    expect(facilitatorJournal.data!.auditLog.totalCount).toBe(0);
  });

  it.each([
    ['an empty name', { name: '   ', slug: 'vide' }, 'DOMAIN_NAME_LENGTH'],
    ['a name too long', { name: 'n'.repeat(121), slug: 'trop-long' }, 'DOMAIN_NAME_LENGTH'],
    ['an empty slug', { name: 'Sans adresse', slug: '' }, 'DOMAIN_SLUG_INVALID'],
    ['a slug too long', { name: 'Adresse longue', slug: 'a'.repeat(61) }, 'DOMAIN_SLUG_INVALID'],
    ['a slug with capitals and accents', { name: 'Accents', slug: 'Données' }, 'DOMAIN_SLUG_INVALID'],
    [
      'a description too long',
      { name: 'Long', slug: 'long', description: 'd'.repeat(2001) },
      'DOMAIN_DESCRIPTION_TOO_LONG',
    ],
    ['a slug already taken', { name: 'Doublon', slug: 'logiciels-libres' }, 'DOMAIN_SLUG_TAKEN'],
  ])('refuses %s with a stable reason and a French message, writing nothing', async (_case, fields, reason) => {
    const before = [await domains(), await journal()];
    const answer = (await nadia.graphql(CREATE, { input: { description: '', ...fields } })) as Refusal;
    expect(reasonOf(answer)).toEqual([reason === 'DOMAIN_SLUG_TAKEN' ? 'CONFLICT' : 'BAD_USER_INPUT', reason]);
    expect(answer.errors![0].message).toMatch(/domaine/);
    expect([await domains(), await journal()]).toEqual(before);
  });

  it('refuses to give a domain the address of another, and an unknown domain', async () => {
    const { id } = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'ressources-educatives-libres'`)).rows[0];
    const taken = (await nadia.graphql(UPDATE, {
      id,
      input: { name: 'Ressources éducatives libres', slug: 'logiciels-libres', description: '' },
    })) as Refusal;
    expect(reasonOf(taken)).toEqual(['CONFLICT', 'DOMAIN_SLUG_TAKEN']);
    const input = { name: 'Inconnu', slug: 'inconnu', description: '' };
    for (const unknown of ['00000000-0000-4000-8000-000000000000', 'pas-un-uuid']) {
      expect(((await nadia.graphql(UPDATE, { id: unknown, input })) as Refusal).errors![0].extensions.code).toBe(
        'NOT_FOUND',
      );
    }
  });

  it('shows what another instance or an operator changed, without a restart (the domains are kept in memory)', async () => {
    const slugs = async () =>
      (await app.anonymous.graphql('{ domains { slug name } }')).data!.domains as { slug: string; name: string }[];
    expect((await slugs()).map((domain) => domain.slug)).not.toContain('domaine-d-ailleurs');
    // Another connection than the app's: as another instance, or psql.
    await app.sql.query(`INSERT INTO domain (slug, name) VALUES ('domaine-d-ailleurs', 'Domaine d’ailleurs')`);
    await eventually('the new domain listed', async () =>
      (await slugs()).some((domain) => domain.slug === 'domaine-d-ailleurs'),
    );
    await app.sql.query(`UPDATE domain SET name = 'Domaine renommé' WHERE slug = 'domaine-d-ailleurs'`);
    await eventually('the new name shown', async () =>
      (await slugs()).some((domain) => domain.name === 'Domaine renommé'),
    );
    const group = await nadia.graphql(
      `mutation { createGroup(input: { name: "Groupe d’ailleurs", kind: working_group, domainSlug: "domaine-d-ailleurs" }) { domain { name } } }`,
    );
    expect(group.errors).toBeUndefined();
    expect(group.data!.createGroup.domain.name).toBe('Domaine renommé');
  });
});
