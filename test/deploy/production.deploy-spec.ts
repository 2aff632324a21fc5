import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESSION_COOKIE } from '@ouvroir/identity';
import { io, Socket } from 'socket.io-client';
import { adminQuery, freePort } from '../setup/test-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import {
  CookieClient,
  loginAtProvider,
  providerEntry,
  startTestIdentityProvider,
  TestIdentityProvider,
} from '../support/identity-provider';
import { account } from '../support/people';
import { eventually } from '../support/smtp';
import { runServer, ServerProcess, waitUntilReady } from '../support/process';
import { startRedis, TestRedis } from '../support/redis';
import { createTestCertificate, fetchTrusting, TestCertificate } from '../support/tls';
import { NginxPorts, startNginx, TestNginx } from './nginx';

/**
 * The proof that production works, as docs/deployment.md deploys it: Debian's nginx ending TLS
 * with deploy/nginx/ouvroir.conf (a certificate made here by openssl), in front of two Ouvroir
 * processes in NODE_ENV=production started from the sources (TRUST_PROXY=127.0.0.1), on one
 * PostgreSQL and one Redis, with a real oidc-provider as identity provider. nginx's round-robin
 * port is the one users reach (PUBLIC_URL); a port per instance lets the live clients reach the
 * instance they mean.
 */
/** The session cookie, whether or not production gives its name the `__Host-` prefix. */
const SESSION_COOKIE_LINE = new RegExp(`^(__Host-)?${SESSION_COOKIE}=`);

describe('production: two instances behind nginx over TLS', () => {
  let dir: string;
  let certificate: TestCertificate;
  let trusting: typeof fetch;
  let ports: NginxPorts;
  let publicUrl: string;
  let instancePorts: number[];
  let idp: TestIdentityProvider;
  let database: TestDatabase;
  let redis: TestRedis;
  const servers: ServerProcess[] = [];
  let nginx: TestNginx | undefined;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ouvroir-deploy-'));
    certificate = createTestCertificate(dir);
    trusting = fetchTrusting(certificate.cert);
    ports = { https: await freePort(), http: await freePort(), perInstance: [await freePort(), await freePort()] };
    instancePorts = [await freePort(), await freePort()];
    publicUrl = `https://localhost:${ports.https}`;
    idp = await startTestIdentityProvider(publicUrl, ['academie'], { accounts: [account('samir'), account('karim')] });
    database = await createTestDatabase();
    redis = await startRedis();
    const provider = providerEntry(idp);
    // One secret for both: a cookie signed by one instance is read by the other.
    const sessionSecret = randomBytes(32).toString('hex');
    const start = (port: number) =>
      runServer({
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: publicUrl,
        DATABASE_URL: database.url,
        REDIS_URL: redis.url,
        SESSION_SECRET: sessionSecret,
        TRUST_PROXY: '127.0.0.1',
        OIDC_PROVIDERS: JSON.stringify([provider]),
      });
    // Both at once, as compose starts its replicas (pg-boss's first start once deadlocked then).
    servers.push(...instancePorts.map(start));
    await Promise.all(servers.map(waitUntilReady));
    nginx = await startNginx(dir, certificate, instancePorts, ports, trusting);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await nginx?.stop();
    await Promise.all(servers.map((server) => (server.child.kill('SIGTERM'), server.exited)));
    await redis?.stop();
    await idp?.close();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const gql = async (client: CookieClient, query: string, variables: Record<string, unknown> = {}) => {
    const response = await client.get(`${publicUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (await response.json()) as { data: Record<string, any> | null; errors?: { extensions: { code: string } }[] };
  };

  /** Signs in through the proxy; answers the client and the Set-Cookie line of the session. */
  async function signIn(login: string) {
    const client = new CookieClient(trusting);
    const callback = await loginAtProvider(client, publicUrl, 'academie', login);
    const response = await client.get(callback.toString());
    const cookie = response.headers.getSetCookie().find((line) => SESSION_COOKIE_LINE.test(line));
    return { client, location: response.headers.get('location'), cookie };
  }

  const sessionCookie = (client: CookieClient) => {
    const host = new URL(publicUrl).host;
    const name = [`__Host-${SESSION_COOKIE}`, SESSION_COOKIE].find((candidate) => client.cookie(host, candidate))!;
    return `${name}=${client.cookie(host, name)}`;
  };

  function connect(client: CookieClient, port: number): Socket {
    const socket = io(`https://localhost:${port}`, {
      transports: ['websocket'],
      ca: certificate.cert.toString(),
      // As a browser on PUBLIC_URL sends them.
      extraHeaders: { cookie: sessionCookie(client), origin: publicUrl },
      reconnection: false,
    });
    sockets.push(socket);
    return socket;
  }
  const connected = (socket: Socket) =>
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
  const ask = (socket: Socket, event: string, payload: unknown) =>
    socket.timeout(10_000).emitWithAck(event, payload) as Promise<{ ok: boolean }>;

  it('signs in over https through the proxy with a Secure cookie, acts, talks live across instances, and signs out', async () => {
    const samir = await signIn('samir');
    expect(samir.location).toBe('/');
    expect(samir.cookie).toMatch(/; Secure/);
    expect(samir.cookie).toMatch(/HttpOnly/);
    const karim = await signIn('karim');
    expect(karim.location).toBe('/');
    expect((await gql(samir.client, '{ me { displayName } }')).data!.me.displayName).toBe('Samir Test');

    // A GraphQL mutation through the proxy: both join an open group.
    const slug = `deploiement-${randomBytes(3).toString('hex')}`;
    const { rows } = await adminQuery(
      database.url,
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
       SELECT id, 'working_group', $1, $1, 'public', 'open' FROM domain WHERE slug = 'logiciels-libres' RETURNING id`,
      [slug],
    );
    const JOIN = 'mutation ($groupId: ID!) { joinGroup(groupId: $groupId) { role } }';
    for (const person of [samir, karim]) {
      const joined = await gql(person.client, JOIN, { groupId: rows[0].id });
      expect(joined).toEqual({ data: { joinGroup: { role: 'member' } } });
    }
    const group = await gql(karim.client, 'query ($slug: String!) { group(slug: $slug) { channel { id } } }', { slug });
    const channelId = group.data!.group.channel.id;

    // Samir on the first instance, Karim on the second, each through nginx.
    const here = connect(samir.client, ports.perInstance[0]);
    const there = connect(karim.client, ports.perInstance[1]);
    await Promise.all([connected(here), connected(there)]);
    expect((await ask(here, 'channel:join', { channelId })).ok).toBe(true);
    expect((await ask(there, 'channel:join', { channelId })).ok).toBe(true);
    const arrived = new Promise<{ body: string }>((resolve) => there.once('message', resolve));
    expect((await ask(here, 'message:send', { channelId, body: 'Envoyé par la première instance' })).ok).toBe(true);
    expect((await arrived).body).toBe('Envoyé par la première instance');
    here.disconnect();
    there.disconnect();

    const logout = await samir.client.get(`${publicUrl}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(logout.status).toBe(200);
    expect((await gql(samir.client, '{ me { id } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(karim.client, '{ me { displayName } }')).data!.me.displayName).toBe('Karim Test');

    // The round-robin port spread these requests over both instances.
    // nginx writes a request's log line once it has answered: the last ones may come a moment later.
    const log = await eventually('both instances in the access log', () => {
      const written = nginx!.accessLog();
      return instancePorts.every((port) => written.includes(`upstream=127.0.0.1:${port}`)) && written;
    });
    for (const port of instancePorts) expect(log).toContain(`upstream=127.0.0.1:${port}`);
  });

  it('passes the request id on, redirects plain HTTP to HTTPS, and refuses a body over the limit', async () => {
    const given = await trusting(`${publicUrl}/health`, { headers: { 'x-request-id': 'appel-de-test-42' } });
    expect(given.headers.get('x-request-id')).toBe('appel-de-test-42');
    const generated = await trusting(`${publicUrl}/health`);
    // nginx's $request_id, carried to the instance, which kept it.
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    const logged = `requestId=${generated.headers.get('x-request-id')}`;
    expect(await eventually('the request id in the access log', () => nginx!.accessLog().includes(logged))).toBe(true);

    const plain = await fetch(`http://localhost:${ports.http}/graphql`, { redirect: 'manual' });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe('https://localhost/graphql');

    const tooLarge = await trusting(`${publicUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ domains { slug } }', padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(tooLarge.status).toBe(413);
  });
});
