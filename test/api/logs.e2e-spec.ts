import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import { Client } from 'pg';
import { io } from 'socket.io-client';
import { freePort } from '../setup/test-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { runServer, ServerProcess, waitUntilReady } from '../support/process';

/** The JSON log lines the server wrote on its standard output. */
const logLines = (server: ServerProcess): Record<string, unknown>[] =>
  server
    .stdout()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/**
 * Waits until `count` lines matching `match` were logged (the line of a request is written after its
 * answer, and the server's output reaches the test later still).
 */
async function logged(server: ServerProcess, match: (line: Record<string, unknown>) => boolean, count = 1) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = logLines(server).filter(match);
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return logLines(server).filter(match);
}

const SECRET = 'a-test-secret-of-at-least-32-characters';

// The server starts from its sources: past a minute on a loaded machine.
jest.setTimeout(200_000);

describe('logs at the info level', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let port: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    port = await freePort();
    server = runServer({
      DATABASE_URL: database.url,
      PORT: String(port),
      LOG_LEVEL: 'info',
      DEV_IDP: '0',
      SESSION_SECRET: SECRET,
    });
    await waitUntilReady(server);
  });

  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await database.drop();
  });

  it('say when the server is ready, on the terminal and in the JSON logs', async () => {
    expect(server.stdout()).toContain('Ouvroir est prêt');
    expect(await logged(server, (line) => line.msg === `ready at http://localhost:${port}`)).toHaveLength(1);
  });

  it('write one line per request, with its request id, method, status and duration', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/health`, {
      headers: { 'x-request-id': 'journal-health-1' },
    });
    expect(response.headers.get('x-request-id')).toBe('journal-health-1');
    // Lines are written in order: once a later request's line is there, every line of the first is too.
    await fetch(`http://127.0.0.1:${port}/health`, { headers: { 'x-request-id': 'journal-health-2' } });
    await logged(server, (line) => line.requestId === 'journal-health-2');
    const lines = logLines(server).filter((line) => line.requestId === 'journal-health-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, method: 'GET', url: '/health', statusCode: 200 });
    expect(typeof lines[0].responseTime).toBe('number');
  });

  it('carry the request id into what a service logs while answering it', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/auth/inconnu/login`, {
      headers: { 'x-request-id': 'journal-login-1' },
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    const lines = await logged(server, (line) => line.requestId === 'journal-login-1' && line.statusCode === 302);
    expect(lines).toHaveLength(1);
    const serviceLines = logLines(server).filter(
      (line) => line.requestId === 'journal-login-1' && line.context === 'AuthController',
    );
    expect(serviceLines).toEqual([expect.objectContaining({ msg: 'login through inconnu refused: unknown_provider' })]);
  });

  it('carry into socket events the handshake’s request id, or a new one per event', async () => {
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    const userId = (await sql.query(`INSERT INTO user_account (display_name) VALUES ('Journal') RETURNING id`)).rows[0]
      .id;
    const sid = randomUUID();
    await sql.query(`INSERT INTO user_session (sid, sess, expire) VALUES ($1, $2, now() + interval '1 hour')`, [
      sid,
      {
        cookie: { path: '/', httpOnly: true },
        passport: { userId, providerId: 'journal', authenticatedAt: Date.now() },
      },
    ]);
    await sql.end();
    const cookie = `ouvroir_session=${encodeURIComponent(fastifyCookie.sign(sid, SECRET))}`;
    const events = async (headers: Record<string, string>) => {
      const socket = io(`http://127.0.0.1:${port}`, {
        extraHeaders: headers,
        transports: ['websocket'],
        reconnection: false,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      for (let i = 0; i < 2; i++) await socket.timeout(5000).emitWithAck('channel:leave', { channelId: 'aucun' });
      socket.disconnect();
    };
    await events({ cookie, 'x-request-id': 'journal-socket-1' });
    const lines = await logged(server, (line) => line.requestId === 'journal-socket-1', 2);
    expect(lines.map((line) => line.msg)).toEqual([
      'socket event channel:leave answered',
      'socket event channel:leave answered',
    ]);
    await events({ cookie });
    const others = (line: Record<string, unknown>) =>
      line.msg === 'socket event channel:leave answered' && line.requestId !== 'journal-socket-1';
    const fresh = await logged(server, others, 2);
    expect(fresh).toHaveLength(2);
    expect(new Set(fresh.map((line) => line.requestId)).size).toBe(2);
  });
});
