import { IdentityProvidersService, SESSION_COOKIE } from '@ouvroir/identity';
import { adminQuery, freePort } from '../setup/test-server';
import { startTestApp, TestApp } from '../support/app';
import {
  CookieClient,
  loginAtProvider,
  providerEntry,
  startTestIdentityProvider,
  Tampering,
  TestIdentityProvider,
} from '../support/identity-provider';

/**
 * Signing in through a real OpenID provider (oidc-provider with the demo accounts) and the
 * faults Ouvroir must refuse: bad state, reused code, wrong nonce, a token signed by another key,
 * a wrong issuer or audience, an expired token, an unknown provider. Each refusal ends on the
 * login page with its reason, and no session is opened.
 */
/** An account only the signed-userinfo provider knows. */
const LEA = {
  login: 'lea',
  given_name: 'Léa',
  family_name: 'Morvan',
  email: 'lea.morvan@ac-nantes.fr',
  part: 'enseignante',
  ouvroir_role: 'member' as const,
  organisation_name: 'Lycée Guist’hau (Nantes)',
  uai: '0440021J',
};

describe('signing in through OpenID Connect', () => {
  let t: TestApp;
  let idp: TestIdentityProvider;
  let signingIdp: TestIdentityProvider;
  let appUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    appUrl = `http://localhost:${port}`;
    idp = await startTestIdentityProvider(appUrl, ['academie', 'universite']);
    signingIdp = await startTestIdentityProvider(appUrl, ['signe'], { signedUserinfo: true, accounts: [LEA] });
    const provider = providerEntry(idp);
    const providers = [
      { ...provider, id: 'academie', label: 'Académie de test', claims: { role: 'ouvroir_role' } },
      {
        ...provider,
        id: 'universite',
        label: 'Université',
        defaultRole: 'guest',
        allowedEmailDomains: ['univ-rennes.fr'],
      },
      { ...provider, id: 'eteint', label: 'Fournisseur éteint', issuer: 'http://127.0.0.1:1' },
      {
        ...provider,
        id: 'signe',
        label: 'Userinfo signé',
        kind: 'proconnect',
        issuer: signingIdp.issuer,
        clientId: signingIdp.clientId,
        clientSecret: signingIdp.clientSecret,
        claims: { familyName: 'family_name', organisationName: 'organisation_name' },
      },
    ];
    t = await startTestApp(
      { PORT: String(port), PUBLIC_URL: appUrl, DEV_IDP: '0', OIDC_PROVIDERS: JSON.stringify(providers) },
      { listen: port },
    );
    await t.app.get(IdentityProvidersService).discoverAll();
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
    await signingIdp.close();
  });
  afterEach(() => {
    idp.tamper = 'none';
  });

  const me = (client: CookieClient) =>
    client
      .get(`${appUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { displayName email platformRole organisation { name type } } }' }),
      })
      .then(
        (response) =>
          response.json() as Promise<{
            data: { me: Record<string, unknown> } | null;
            errors?: { extensions: { code: string } }[];
          }>,
      );

  const usersWithEmail = async (email: string) =>
    Number(
      (await adminQuery(t.database.url, 'SELECT count(*) FROM user_account WHERE email = $1', [email])).rows[0].count,
    );

  /** Runs a whole sign-in and returns where the app sent the browser at the end. */
  async function signIn(client: CookieClient, login: string, providerId = 'academie', spoil?: (callback: URL) => URL) {
    const callback = await loginAtProvider(client, appUrl, providerId, login);
    const response = await client.get((spoil ? spoil(callback) : callback).toString());
    return { location: response.headers.get('location'), callback };
  }

  it('creates the user at the first sign-in, with the organisation and role from the claims, and opens a session', async () => {
    const client = new CookieClient();
    const callback = await loginAtProvider(client, appUrl, 'academie', 'claire');
    const sessionBeforeLogin = client.cookie(new URL(appUrl).host, SESSION_COOKIE);
    expect(callback.searchParams.get('state')).toHaveLength(43);
    const response = await client.get(callback.toString());
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    expect(client.cookie(new URL(appUrl).host, SESSION_COOKIE)).not.toBe(sessionBeforeLogin);
    expect((await me(client)).data!.me).toEqual({
      displayName: 'Claire Le Goff',
      email: 'claire.legoff@ac-rennes.fr',
      platformRole: 'member',
      organisation: { name: 'Collège Anne de Bretagne (Rennes)', type: 'school' },
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('finds the same user at the next sign-in and refreshes the profile', async () => {
    await signIn(new CookieClient(), 'nadia');
    await adminQuery(
      t.database.url,
      `UPDATE user_account SET display_name = 'ancien nom' WHERE email = 'nadia.rahmani@education.gouv.fr'`,
    );
    const client = new CookieClient();
    expect((await signIn(client, 'nadia')).location).toBe('/');
    expect((await me(client)).data!.me).toMatchObject({ displayName: 'Nadia Rahmani', platformRole: 'admin' });
    expect(await usersWithEmail('nadia.rahmani@education.gouv.fr')).toBe(1);
  });

  it('guesses a university and a national operator from the address or the name at the first sign-in', async () => {
    const yann = new CookieClient();
    await signIn(yann, 'yann', 'universite');
    expect((await me(yann)).data!.me).toMatchObject({
      organisation: { name: 'Université de Rennes', type: 'university' },
    });
    const aicha = new CookieClient();
    await signIn(aicha, 'aicha');
    expect((await me(aicha)).data!.me).toMatchObject({ organisation: { name: 'Réseau Canopé', type: 'operator' } });
  });

  it.each([
    ['/invitations/abc?x=1', '/invitations/abc?x=1'],
    ['//autre-site.fr/piege', '/'],
    ['https://autre-site.fr/', '/'],
    ['/\\autre-site.fr', '/'],
    ['//evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/groupes/logiciels-libres-au-college?onglet=charte', '/groupes/logiciels-libres-au-college?onglet=charte'],
  ])('comes back to the page asked for (%s → %s), never to another site', async (returnTo, expected) => {
    const client = new CookieClient();
    const callback = await loginAtProvider(client, appUrl, 'academie', 'nadia', returnTo);
    const response = await client.get(callback.toString());
    expect(response.headers.get('location')).toBe(expected);
  });

  it('answers an unknown login on the provider’s French page, and the next attempt signs in', async () => {
    const client = new CookieClient();
    const isCallback = (next: URL) => next.pathname === '/auth/academie/callback';
    const { url: interaction, response } = await client.follow(
      `${appUrl}/auth/academie/login?retour=${encodeURIComponent('/groupes')}`,
      isCallback,
    );
    const form = await response.text();
    expect(form).toContain('<html lang="fr">');
    expect(form).toContain('Se connecter avec un compte de démonstration');
    // The accounts are listed with their part, one button each.
    expect(form).toContain('name="login" value="helene"');
    expect(form).toContain('membre du comité de pilotage, ouvre les scrutins');
    const action = new URL(form.match(/action="([^"]+)"/)![1], interaction).toString();
    const post = (login: string) =>
      client.get(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login, password: 'x' }).toString(),
      });

    const refused = await post('<inconnue>');
    expect(refused.status).toBe(200);
    const page = await refused.text();
    expect(page).toContain('Aucun compte de démonstration ne s’appelle « &lt;inconnue&gt; »');
    expect(page).not.toContain('<inconnue>');
    expect(page).toContain('aria-invalid="true"');

    const accepted = await post('nadia');
    expect(accepted.status).toBe(303);
    const { url: callback } = await client.follow(
      new URL(accepted.headers.get('location')!, interaction).toString(),
      isCallback,
    );
    const back = await client.get(callback.toString());
    expect(back.headers.get('location')).toBe('/groupes');
    expect((await me(client)).data!.me).toMatchObject({ displayName: 'Nadia Rahmani' });
  });

  it('shows its errors and its sign-out in French, the sign-out without a question', async () => {
    const client = new CookieClient();
    const error = await client.get(`${idp.issuer}/auth?client_id=inconnu&response_type=code&scope=openid`);
    const errorPage = await error.text();
    expect(errorPage).toContain('La connexion n’a pas abouti');
    expect(errorPage).not.toContain('oops');
    const expired = await client.get(`${idp.issuer}/interaction/abc123`);
    expect(await expired.text()).toContain('Demande de connexion expirée');

    await signIn(client, 'aicha');
    const { redirectTo } = (await (
      await client.get(`${appUrl}/auth/logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { redirectTo: string };
    const logoutPage = await (await client.get(redirectTo)).text();
    expect(logoutPage).toContain('Déconnexion en cours');
    expect(logoutPage).toContain('name="logout" value="yes"');
    expect(logoutPage).toContain('<script src="/deconnexion.js" defer></script>');
    expect(logoutPage).not.toMatch(/sign-out|Yes, sign me out/i);
    const script = await client.get(`${idp.issuer}/deconnexion.js`);
    expect(await script.text()).toContain("getElementById('op.logoutForm').submit()");
  });

  it('accepts a userinfo answered as a signed JWT, as ProConnect may send it', async () => {
    const client = new CookieClient();
    expect((await signIn(client, 'lea', 'signe')).location).toBe('/');
    expect(signingIdp.userinfoTypes.at(-1)).toMatch(/^application\/jwt/);
    expect((await me(client)).data!.me).toMatchObject({
      displayName: 'Léa Morvan',
      organisation: { name: 'Lycée Guist’hau (Nantes)', type: 'school' },
    });
  });

  it.each<[string, Tampering]>([
    ['a token signed by another key', 'other-key'],
    ['a wrong issuer', 'wrong-issuer'],
    ['a wrong audience', 'wrong-audience'],
    ['an expired token', 'expired'],
    ['a nonce mismatch', 'wrong-nonce'],
  ])('refuses %s: login page with login_failed, no session, no user', async (_case, tampering) => {
    idp.tamper = tampering;
    const client = new CookieClient();
    const { location } = await signIn(client, 'marc');
    expect(location).toBe('/connexion?erreur=login_failed');
    expect((await me(client)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await usersWithEmail('marc.dupuis@education.gouv.fr')).toBe(0);
  });

  it.each([
    ['a wrong state', (url: URL) => (url.searchParams.set('state', 'x'.repeat(43)), url)],
    ['a missing state', (url: URL) => (url.searchParams.delete('state'), url)],
  ])('refuses %s', async (_case, spoil) => {
    const client = new CookieClient();
    expect((await signIn(client, 'marc', 'academie', spoil)).location).toBe('/connexion?erreur=login_failed');
    expect((await me(client)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a code used twice', async () => {
    const client = new CookieClient();
    const { callback } = await signIn(client, 'helene');
    const replay = new CookieClient();
    const response = await replay.get(callback.toString());
    expect(response.headers.get('location')).toBe('/connexion?erreur=login_failed');
    expect((await me(replay)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown provider, and an unavailable one without stopping the others', async () => {
    const client = new CookieClient();
    expect((await client.get(`${appUrl}/auth/inconnu/login`)).headers.get('location')).toBe(
      '/connexion?erreur=unknown_provider',
    );
    expect((await client.get(`${appUrl}/auth/inconnu/callback?code=x&state=y`)).headers.get('location')).toBe(
      '/connexion?erreur=unknown_provider',
    );
    expect((await client.get(`${appUrl}/auth/eteint/login`)).headers.get('location')).toBe(
      '/connexion?erreur=provider_unavailable',
    );
    const providers = await t.graphql('{ identityProviders { id available } }');
    expect(providers.body.data.identityProviders).toEqual([
      { id: 'academie', available: true },
      { id: 'universite', available: true },
      { id: 'eteint', available: false },
      { id: 'signe', available: true },
    ]);
    const ready = await t.http.get('/ready');
    expect(ready.body.details.identityProviders).toMatchObject({ status: 'degraded', unavailable: ['eteint'] });
  });

  it('keeps a provider to its allowed e-mail domains', async () => {
    expect((await signIn(new CookieClient(), 'claire', 'universite')).location).toBe(
      '/connexion?erreur=email_domain_refused',
    );
    const client = new CookieClient();
    expect((await signIn(client, 'yann', 'universite')).location).toBe('/');
    expect((await me(client)).data!.me).toMatchObject({ displayName: 'Yann Kerbrat', platformRole: 'guest' });
  });

  it('never links an identity to an existing account by e-mail alone, only when an administrator allows it', async () => {
    await adminQuery(
      t.database.url,
      `INSERT INTO user_account (display_name, email) VALUES ('Karim B.', 'karim.benali@ac-rennes.fr')`,
    );
    expect((await signIn(new CookieClient(), 'karim')).location).toBe('/connexion?erreur=identity_not_linked');
    expect(await usersWithEmail('karim.benali@ac-rennes.fr')).toBe(1);

    const { rows } = await adminQuery(
      t.database.url,
      `SELECT id FROM user_account WHERE email = 'karim.benali@ac-rennes.fr'`,
    );
    const ALLOW =
      'mutation ($userId: ID!, $providerId: ID!) { allowIdentityLink(userId: $userId, providerId: $providerId) }';
    const member = new CookieClient();
    await signIn(member, 'helene');
    expect((await gql(member, ALLOW, { userId: rows[0].id, providerId: 'academie' })).errors![0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const admin = new CookieClient();
    await signIn(admin, 'nadia');
    const unknownProvider = await gql(admin, ALLOW, { userId: rows[0].id, providerId: 'nulle-part' });
    expect(unknownProvider.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql(admin, ALLOW, { userId: rows[0].id, providerId: 'academie' })).errors).toBeUndefined();
    const karim = new CookieClient();
    expect((await signIn(karim, 'karim')).location).toBe('/');
    expect((await gql(karim, '{ me { id } }')).data!.me.id).toBe(rows[0].id);
    expect(await usersWithEmail('karim.benali@ac-rennes.fr')).toBe(1);
  });

  it('refuses a suspended user and ends their open sessions', async () => {
    const client = new CookieClient();
    await signIn(client, 'samir');
    await adminQuery(
      t.database.url,
      `UPDATE user_account SET status = 'suspended' WHERE email = 'samir.haddad@ac-rennes.fr'`,
    );
    expect((await me(client)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await signIn(new CookieClient(), 'samir')).location).toBe('/connexion?erreur=account_suspended');
  });

  it('signs out locally and at the provider, and refuses a sign-out that is not a JSON request', async () => {
    const client = new CookieClient();
    await signIn(client, 'aicha');
    const refused = await client.get(`${appUrl}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(refused.status).toBe(403);
    expect((await me(client)).data!.me).toMatchObject({ displayName: 'Aïcha Diallo' });
    const response = await client.get(`${appUrl}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { redirectTo } = (await response.json()) as { redirectTo: string };
    const endSession = new URL(redirectTo);
    expect(`${endSession.origin}`).toBe(idp.issuer);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${appUrl}/`);
    expect((await me(client)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  const gql = (client: CookieClient, query: string, variables: Record<string, unknown> = {}) =>
    client
      .get(`${appUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
      .then(
        (response) =>
          response.json() as Promise<{
            data: Answers | null;
            errors?: { message: string; extensions: { code: string } }[];
          }>,
      );

  /** The fields the operations below ask for. */
  interface Answers {
    me: { id: string };
    exportMyData: string;
    eraseMyAccount: boolean;
    setPlatformRole: { platformRole: string };
    suspendUser: { id: string };
    users: {
      totalCount: number;
      nodes: { displayName: string; email: string | null }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    organisations: { nodes: { id: string; name: string; uai: string | null }[] };
    updateOrganisation: { name: string; type: string; uai: string; emailDomains: string[] };
  }

  const SUSPEND = 'mutation ($id: ID!) { suspendUser(userId: $id) { id } }';

  it('lets only administrators change roles and statuses (anonymous, member, administrator)', async () => {
    const yann = new CookieClient();
    await signIn(yann, 'yann', 'universite');
    const { data } = await gql(yann, '{ me { id } }');
    const yannId = data!.me.id;
    const anonymous = await gql(new CookieClient(), SUSPEND, { id: yannId });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const asGuest = await gql(yann, 'mutation ($id: ID!) { setPlatformRole(userId: $id, role: admin) { id } }', {
      id: yannId,
    });
    expect(asGuest.errors![0].extensions.code).toBe('FORBIDDEN');
    const helene = new CookieClient();
    await signIn(helene, 'helene');
    const asMember = await gql(helene, SUSPEND, { id: yannId });
    expect(asMember.errors![0]).toMatchObject({
      message: 'Seuls les administrateurs de la plateforme peuvent faire cela.',
      extensions: { code: 'FORBIDDEN' },
    });

    const admin = new CookieClient();
    await signIn(admin, 'nadia');
    const promoted = await gql(
      admin,
      'mutation ($id: ID!) { setPlatformRole(userId: $id, role: member) { platformRole } }',
      {
        id: yannId,
      },
    );
    expect(promoted.data!.setPlatformRole.platformRole).toBe('member');
    const adminId = (await gql(admin, '{ me { id } }')).data!.me.id;
    expect((await gql(admin, SUSPEND, { id: adminId })).errors![0]).toMatchObject({
      message: 'Vous ne pouvez pas modifier votre propre rôle ni suspendre votre propre compte.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await gql(admin, SUSPEND, { id: yannId })).data!.suspendUser.id).toBe(yannId);
    expect((await me(yann)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await signIn(new CookieClient(), 'yann', 'universite')).location).toBe(
      '/connexion?erreur=account_suspended',
    );
    await gql(admin, 'mutation ($id: ID!) { reactivateUser(userId: $id) { id } }', { id: yannId });
    expect((await signIn(new CookieClient(), 'yann', 'universite')).location).toBe('/');
    const unknown = await gql(admin, SUSPEND, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('exports my data, then erases my account under a pseudonym and ends my sessions', async () => {
    const client = new CookieClient();
    await signIn(client, 'claire');
    const exported = JSON.parse((await gql(client, '{ exportMyData }')).data!.exportMyData);
    expect(exported.user).toMatchObject({ displayName: 'Claire Le Goff', email: 'claire.legoff@ac-rennes.fr' });
    expect(exported.identities).toEqual([
      expect.objectContaining({ providerId: 'academie', subject: 'claire', issuer: idp.issuer }),
    ]);
    const { data } = await gql(client, '{ me { id } }');

    expect((await gql(client, 'mutation { eraseMyAccount }')).data!.eraseMyAccount).toBe(true);
    expect((await me(client)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const { rows } = await adminQuery(
      t.database.url,
      `SELECT display_name, email, status, (SELECT count(*) FROM user_identity WHERE user_id = $1) AS identities
         FROM user_account WHERE id = $1`,
      [data!.me.id],
    );
    expect(rows[0]).toEqual({
      display_name: `Ancien membre n°${data!.me.id.slice(0, 8)}`,
      email: null,
      status: 'erased',
      identities: '0',
    });
    const again = new CookieClient();
    expect((await signIn(again, 'claire')).location).toBe('/');
    expect((await gql(again, '{ me { id } }')).data!.me.id).not.toBe(data!.me.id);
  });

  it('opens the directory of people and organisations to members, paginated, e-mails to administrators only', async () => {
    await signIn(new CookieClient(), 'helene');
    await signIn(new CookieClient(), 'aicha');
    const member = new CookieClient();
    await signIn(member, 'marc');
    const admin = new CookieClient();
    await signIn(admin, 'nadia');
    const USERS =
      'query ($search: String, $after: String) { users(search: $search, first: 2, after: $after) { totalCount nodes { displayName email } pageInfo { hasNextPage endCursor } } }';
    const firstPage = (await gql(member, USERS)).data!.users;
    expect(firstPage.nodes).toHaveLength(2);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = (await gql(member, USERS, { after: firstPage.pageInfo.endCursor })).data!.users;
    expect(secondPage.nodes[0].displayName > firstPage.nodes[1].displayName).toBe(true);
    const everyone = [...firstPage.nodes, ...secondPage.nodes];
    expect(everyone.filter((user) => user.displayName !== 'Marc Dupuis').every((user) => user.email === null)).toBe(
      true,
    );
    const found = (await gql(admin, USERS, { search: 'dupu' })).data!.users;
    expect(found).toMatchObject({
      totalCount: 1,
      nodes: [{ displayName: 'Marc Dupuis', email: 'marc.dupuis@education.gouv.fr' }],
    });
    expect((await gql(admin, USERS, { search: '%' })).data!.users.totalCount).toBe(0);
    const badCursor = await gql(member, USERS, { after: 'pas-un-curseur' });
    expect(badCursor.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const tooMany = await gql(member, '{ users(first: 500) { totalCount } }');
    expect(tooMany.errors![0].extensions.code).toBe('BAD_USER_INPUT');

    const guest = new CookieClient();
    await signIn(guest, 'yann', 'universite');
    const guestId = (await gql(guest, '{ me { id } }')).data!.me.id;
    await gql(admin, 'mutation ($id: ID!) { setPlatformRole(userId: $id, role: guest) { id } }', { id: guestId });
    expect((await gql(guest, USERS)).errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets administrators correct an organisation, with French errors for bad input', async () => {
    await signIn(new CookieClient(), 'aicha');
    const admin = new CookieClient();
    await signIn(admin, 'nadia');
    const member = new CookieClient();
    await signIn(member, 'marc');
    const { nodes } = (await gql(admin, '{ organisations(search: "Canopé") { nodes { id name uai } } }')).data!
      .organisations;
    const UPDATE =
      'mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { name type uai emailDomains } }';
    const input = {
      name: 'Réseau Canopé',
      type: 'operator',
      siret: '18008901300015',
      uai: null,
      emailDomains: ['Reseau-Canope.fr'],
    };
    const asMember = await gql(member, UPDATE, { id: nodes[0].id, input });
    expect(asMember.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const updated = (await gql(admin, UPDATE, { id: nodes[0].id, input })).data!.updateOrganisation;
    expect(updated).toEqual({ name: 'Réseau Canopé', type: 'operator', uai: null, emailDomains: ['reseau-canope.fr'] });
    const badSiret = await gql(admin, UPDATE, { id: nodes[0].id, input: { ...input, siret: '123' } });
    expect(badSiret.errors![0]).toMatchObject({
      message: 'Le SIRET compte 14 chiffres.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const taken = await gql(admin, UPDATE, { id: nodes[0].id, input: { ...input, siret: '11004301500012' } });
    expect(taken.errors![0].extensions.code).toBe('CONFLICT');
    const missing = await gql(admin, UPDATE, { id: '00000000-0000-4000-8000-000000000000', input });
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('ends a session SESSION_MAX_HOURS after sign-in, whatever the activity', async () => {
    const client = new CookieClient();
    await signIn(client, 'marc');
    expect((await me(client)).data!.me).toMatchObject({ displayName: 'Marc Dupuis' });
    const thirteenHoursAgo = Date.now() - 13 * 3_600_000;
    await adminQuery(
      t.database.url,
      `UPDATE user_session SET sess = jsonb_set(sess::jsonb, '{passport,authenticatedAt}', to_jsonb($1::bigint))::json
        WHERE sess -> 'passport' ->> 'userId' = (SELECT id::text FROM user_account WHERE email = 'marc.dupuis@education.gouv.fr')`,
      [thirteenHoursAgo],
    );
    expect((await me(client)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
