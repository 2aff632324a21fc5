import { DEMO_ACCOUNTS, IdentityProvidersService, SESSION_COOKIE } from '@ouvroir/identity';
import { Client } from 'pg';
import { freePort } from '../setup/test-server';
import { startTestApp, TestApp } from './app';
import { createTestDatabase, TestDatabase } from './database';
import {
  CookieClient,
  loginAtProvider,
  providerEntry,
  startTestIdentityProvider,
  TestIdentityProvider,
} from './identity-provider';

/** What the tests read from an answer: loosely typed, since each test asserts the shape it expects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyData = Record<string, any>;

export interface GraphqlAnswer<T = AnyData> {
  data: T | null;
  errors?: { message: string; extensions: { code: string } }[];
}

/** Someone using Ouvroir over HTTP: signed in through the provider, or the public. */
export interface Person {
  id: string | null;
  /** The Cookie header of the person's session, for Socket.IO clients (empty for the public). */
  cookie: string;
  graphql<T = AnyData>(query: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer<T>>;
}

export interface PeopleApp {
  /** The running instance (replaced by `restart`). */
  t: TestApp;
  url: string;
  /** A direct connection to the app's database, for fixtures and for checking what was written. */
  sql: Client;
  anonymous: Person;
  signIn(login: string): Promise<Person>;
  /** Stops the server and starts it again on the same port and database, as a deployment would. */
  restart(): Promise<void>;
  /** Another instance on the same database (its sessions included), on its own port. */
  instance(): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** An account of an identity provider for the tests, shaped as the development provider's. */
type DemoAccount = (typeof DEMO_ACCOUNTS)[number];

/** An account of the tests' provider, with the platform role it is given at first sign-in. */
export const account = (login: string, role: DemoAccount['ouvroir_role'] = 'member'): DemoAccount => ({
  login,
  given_name: login[0].toUpperCase() + login.slice(1),
  family_name: 'Test',
  email: `${login}@ac-test.fr`,
  part: 'compte de test',
  ouvroir_role: role,
  organisation_name: 'Académie de test',
});

/**
 * The app on a real port, signing in through a real OpenID provider that knows `accounts`; on a fresh
 * copy of the run's database, or on `database` (which the caller keeps).
 */
export async function startPeopleApp(
  accounts: DemoAccount[],
  env: Record<string, string> = {},
  options: { database?: TestDatabase } = {},
): Promise<PeopleApp> {
  const port = await freePort();
  const appUrl = `http://localhost:${port}`;
  const idp: TestIdentityProvider = await startTestIdentityProvider(appUrl, ['academie'], { accounts });
  const provider = { ...providerEntry(idp), claims: { role: 'ouvroir_role' } };
  const database = options.database ?? (await createTestDatabase());
  const appEnv = { ...env, PUBLIC_URL: appUrl, OIDC_PROVIDERS: JSON.stringify([provider]) };
  const start = async (at: number) => {
    const started = await startTestApp({ ...appEnv, PORT: String(at) }, { listen: at, database });
    await started.app.get(IdentityProvidersService).discoverAll();
    return started;
  };
  let t = await start(port);
  const sql = new Client({ connectionString: database.url });
  await sql.connect();

  const person = (client: CookieClient | null, id: string | null): Person => ({
    id,
    get cookie() {
      const session = client?.cookie(new URL(appUrl).host, SESSION_COOKIE);
      return session ? `${SESSION_COOKIE}=${session}` : '';
    },
    graphql: async (query, variables) => {
      const init = {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      };
      const response = client ? await client.get(`${appUrl}/graphql`, init) : await fetch(`${appUrl}/graphql`, init);
      return response.json() as Promise<GraphqlAnswer<never>>;
    },
  });

  return {
    get t() {
      return t;
    },
    url: appUrl,
    sql,
    anonymous: person(null, null),
    async signIn(login) {
      const client = new CookieClient();
      await client.get((await loginAtProvider(client, appUrl, 'academie', login)).toString());
      const answer = await person(client, null).graphql<{ me: { id: string } }>('{ me { id } }');
      if (!answer.data) throw new Error(`${login} could not sign in: ${JSON.stringify(answer.errors)}`);
      return person(client, answer.data.me.id);
    },
    async restart() {
      await t.close();
      t = await start(port);
    },
    async instance() {
      const other = await freePort();
      const started = await start(other);
      return { url: `http://localhost:${other}`, close: () => started.close() };
    },
    async close() {
      await sql.end();
      await t.close();
      if (!options.database) await database.drop();
      await idp.close();
    },
  };
}
