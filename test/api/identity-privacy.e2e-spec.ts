import { randomBytes } from 'node:crypto';
import { CookieClient, loginAtProvider } from '../support/identity-provider';
import { account, GraphqlAnswer, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * What the identity domain tells whom, through the real provider: the directory searches e-mail
 * addresses for administrators only; an organisation's SIRET, UAI and e-mail domains are for
 * members and administrators, not the public nor guests; an identity joins an existing account
 * only with an address the provider does not call unverified, and never a second identity of a
 * provider the account already uses; names and titles lose their bidirectional controls.
 */
const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0]?.extensions.code;
const ALLOW = 'mutation ($u: ID!, $p: ID!) { allowIdentityLink(userId: $u, providerId: $p) }';
/** Right-to-left override, left-to-right isolate, pop directional isolate, right-to-left mark. */
const BIDI = ['\u202E', '\u2066', '\u2069', '\u200F'];

describe('identity privacy', () => {
  let app: PeopleApp;
  let admin: Person;
  let member: Person;
  let guest: Person;
  let facilitator: Person;

  beforeAll(async () => {
    app = await startPeopleApp([
      account('administrator', 'admin'),
      account('member'),
      account('guest', 'guest'),
      { ...account('facilitator'), email: 'facilitator@univ-test.fr', siret: '13002526500013', uai: '0350001A' },
      { ...account('unverified'), email: 'shared@ac-test.fr', email_verified: false },
      { ...account('verified'), email: 'shared@ac-test.fr', email_verified: true },
      { ...account('silent'), email: 'other@ac-test.fr' },
      { ...account('spoof'), given_name: `Nad${BIDI[0]}aid`, family_name: `${BIDI[1]}Test${BIDI[2]}${BIDI[3]}` },
    ]);
    [admin, member, guest, facilitator] = await Promise.all(
      ['administrator', 'member', 'guest', 'facilitator'].map((login) => app.signIn(login)),
    );
    await app.sql.query(`UPDATE organisation SET email_domains = '{univ-test.fr}' WHERE siret = '13002526500013'`);
  });
  afterAll(() => app.close());

  /** A sign-in through the provider: where the app sends the browser at the end. */
  async function signInAt(login: string) {
    const client = new CookieClient();
    const response = await client.get((await loginAtProvider(client, app.url, 'academie', login)).toString());
    return response.headers.get('location');
  }

  it('searches the directory by e-mail address for administrators only, by name for everyone', async () => {
    const USERS = 'query ($q: String) { users(search: $q, first: 50) { totalCount nodes { displayName } } }';
    // The test accounts' addresses end in @ac-test.fr (or @univ-test.fr); no name contains them.
    expect((await member.graphql(USERS, { q: 'ac-test' })).data!.users.totalCount).toBe(0);
    expect((await member.graphql(USERS, { q: 'facilitator@' })).data!.users.totalCount).toBe(0);
    expect((await member.graphql(USERS, { q: 'Facilitator' })).data!.users.nodes).toEqual([
      { displayName: 'Facilitator Test' },
    ]);
    expect((await admin.graphql(USERS, { q: 'facilitator@univ' })).data!.users.nodes).toEqual([
      { displayName: 'Facilitator Test' },
    ]);
    expect((await admin.graphql(USERS, { q: 'ac-test' })).data!.users.nodes).toEqual([
      { displayName: 'Administrator Test' },
      { displayName: 'Guest Test' },
      { displayName: 'Member Test' },
    ]);
  });

  it('shows an organisation’s SIRET, UAI and e-mail domains to members and administrators only', async () => {
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const slug = `public-${randomBytes(3).toString('hex')}`;
    const { rows } = await app.sql.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $2, 'public', 'open') RETURNING id`,
      [domainId, slug],
    );
    await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [
      rows[0].id,
      facilitator.id,
    ]);
    const read = async (person: Person) =>
      (
        await person.graphql(
          'query ($s: String!) { group(slug: $s) { facilitators { organisation { name siret uai emailDomains } } } }',
          { s: slug },
        )
      ).data!.group.facilitators[0].organisation;
    const hidden = { name: 'Académie de test', siret: null, uai: null, emailDomains: null };
    expect(await read(app.anonymous)).toEqual(hidden);
    expect(await read(guest)).toEqual(hidden);
    const shown = {
      name: 'Académie de test',
      siret: '13002526500013',
      uai: '0350001A',
      emailDomains: ['univ-test.fr'],
    };
    expect(await read(member)).toEqual(shown);
    expect(await read(admin)).toEqual(shown);
    // Their own organisation, everyone sees in full.
    const mine = await facilitator.graphql('{ me { organisation { siret } } }');
    expect(mine.data!.me.organisation.siret).toBe('13002526500013');
  });

  it('links an identity only with an address the provider does not call unverified, never a second of one provider', async () => {
    const account = async (name: string, email: string) =>
      (
        await app.sql.query(`INSERT INTO user_account (display_name, email) VALUES ($1, $2) RETURNING id`, [
          name,
          email,
        ])
      ).rows[0].id as string;
    const shared = await account('Compte partagé', 'shared@ac-test.fr');
    const other = await account('Autre compte', 'other@ac-test.fr');
    expect(codeOf(await admin.graphql(ALLOW, { u: member.id, p: 'academie' }))).toBe('CONFLICT');
    for (const user of [shared, other]) {
      expect((await admin.graphql(ALLOW, { u: user, p: 'academie' })).errors).toBeUndefined();
    }
    const identities = async (user: string) =>
      Number(
        (await app.sql.query('SELECT count(*) FROM user_identity WHERE user_id = $1', [user])).rows[0].count as string,
      );

    // email_verified: false → refused, and the grant waits for a verified address.
    expect(await signInAt('unverified')).toBe('/connexion?erreur=email_not_verified');
    expect(await identities(shared)).toBe(0);
    expect(await signInAt('verified')).toBe('/');
    expect(await identities(shared)).toBe(1);
    // A provider that does not say (no email_verified claim) is trusted with the address it sends.
    expect(await signInAt('silent')).toBe('/');
    expect(await identities(other)).toBe(1);
    // Now that the account uses this provider, no second identity of it may join.
    expect(codeOf(await admin.graphql(ALLOW, { u: shared, p: 'academie' }))).toBe('CONFLICT');
    const grants = await app.sql.query('SELECT count(*) FROM identity_link_grant WHERE user_id = ANY($1)', [
      [shared, other],
    ]);
    expect(Number(grants.rows[0].count)).toBe(0);
  });

  it('strips bidirectional controls from display names, group names and proposal titles', async () => {
    const spoof = await app.signIn('spoof');
    expect((await spoof.graphql('{ me { displayName } }')).data!.me.displayName).toBe('Nadaid Test');
    const created = await admin.graphql(
      'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id name } }',
      {
        input: {
          domainSlug: 'logiciels-libres',
          kind: 'working_group',
          name: `Groupe ${BIDI.join('')}officiel`,
          slug: `officiel-${randomBytes(3).toString('hex')}`,
        },
      },
    );
    expect(created.data!.createGroup.name).toBe('Groupe officiel');
    const renamed = await admin.graphql(
      'mutation ($g: ID!) { updateGroup(groupId: $g, input: { name: "\u2067Groupe\u2069 renommé\u202C" }) { name } }',
      { g: created.data!.createGroup.id },
    );
    expect(renamed.data!.updateGroup.name).toBe('Groupe renommé');
    expect(
      codeOf(
        await admin.graphql(
          'mutation ($g: ID!) { updateGroup(groupId: $g, input: { name: "\u202E\u202E\u202E" }) { name } }',
          { g: created.data!.createGroup.id },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const proposal = await admin.graphql(
      'mutation ($g: ID!, $input: ProposalInput!) { createProposal(groupId: $g, input: $input) { title } }',
      { g: created.data!.createGroup.id, input: { title: `Un ${BIDI[0]}titre${BIDI[3]} sûr` } },
    );
    expect(proposal.data!.createProposal.title).toBe('Un titre sûr');
  });
});
