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

/** Waits until a line matching `match` was logged (the line of a request is written after its answer). */
async function logged(server: ServerProcess, match: (line: Record<string, unknown>) => boolean) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = logLines(server).filter(match);
    if (found.length) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return [];
}

describe('logs at the info level', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let port: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    port = await freePort();
    server = runServer({ DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'info', DEV_IDP: '0' });
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
});
