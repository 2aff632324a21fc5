import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../setup/test-server';
import { createTestDatabase } from '../support/database';
import { runServer, waitUntilReady } from '../support/process';

/** A stack trace line, which must never reach the operator's terminal for a configuration mistake. */
const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$/m;

// Each test starts the server from its sources at least once: past a minute on a loaded machine.
jest.setTimeout(200_000);

describe('booting the server', () => {
  it.each([
    [
      'a non-numeric PORT',
      { PORT: 'abc' },
      /^Configuration invalide : PORT doit être un nombre entier entre 1 et 65535 \(reçu « abc »\)\n$/,
    ],
    [
      'a malformed DATABASE_URL',
      { DATABASE_URL: 'localhost/ouvroir' },
      /^Configuration invalide : DATABASE_URL doit être une URL/,
    ],
    [
      'an unreachable DATABASE_URL',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/ouvroir' },
      /^Configuration invalide : DATABASE_URL ne permet pas d’ouvrir la base ouvroir sur 127\.0\.0\.1:1 \(ECONNREFUSED\)\n$/,
    ],
  ])('stops on %s with one line naming the variable and a non-zero exit code', async (_case, env, message) => {
    const server = runServer(env);
    const code = await server.exited;
    expect(code).not.toBe(0);
    expect(server.stderr()).toMatch(message);
    expect(server.stderr()).not.toMatch(STACK_LINE);
  });

  it('serves on DATABASE_URL and stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    const server = runServer({ DATABASE_URL: database.url, PORT: String(port) });
    try {
      await waitUntilReady(server);
      expect(server.stdout()).toContain(`Ouvroir est prêt : http://localhost:${port}`);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
      await database.drop();
    }
  });

  it('starts an embedded PostgreSQL in DATA_DIR when DATABASE_URL is unset, and keeps the data across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ouvroir-data-'));
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()) };
    const graphql = (query: string) =>
      fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).then((response) => response.json() as Promise<{ data: { domains: { slug: string }[] } }>);
    try {
      const first = runServer(env);
      await waitUntilReady(first);
      expect((await graphql('{ domains { slug } }')).data.domains).toHaveLength(2);
      const password = (await readFile(join(dataDir, 'postgres-password'), 'utf8')).trim();
      const client = new Client({
        connectionString: `postgres://postgres:${password}@127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}/ouvroir`,
      });
      await client.connect();
      await client.query(`INSERT INTO domain (slug, name) VALUES ('communs', 'Communs numériques')`);
      await client.end();
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = runServer(env);
      try {
        await waitUntilReady(second);
        const { data } = await graphql('{ domains { slug } }');
        expect(data.domains.map((domain) => domain.slug)).toContain('communs');
        second.child.kill('SIGTERM');
        expect(await second.exited).toBe(0);
      } finally {
        second.child.kill('SIGKILL');
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    // Two cold starts of an embedded PostgreSQL and the demo data: slow on a loaded machine.
  }, 400_000);
});
