import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// Direct paths, not the libraries' indexes: the global setup runs in Jest's own process, and loading
// the app's GraphQL types there breaks them for a test file run in that same process.
import { EmbeddedDatabase, startEmbeddedPostgres } from '../../libs/core/src/database/embedded-postgres';
import { projectRoot } from '../../libs/core/src/config/config';

/**
 * The PostgreSQL server of a test run: TEST_DATABASE_URL's when set, else an
 * embedded one in a temporary folder. A template database is migrated once;
 * each test file then copies it (`CREATE DATABASE … TEMPLATE`).
 */
export interface TestServer {
  /** URL of a maintenance database on the server, to create and drop others. */
  adminUrl: string;
  template: string;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const embedded = process.env.TEST_DATABASE_URL ? undefined : await startEmbedded();
  const adminUrl = process.env.TEST_DATABASE_URL ?? embedded!.url;
  const template = `ouvroir_template_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}"`);
  await adminQuery(adminUrl, `CREATE DATABASE "${template}" ENCODING 'UTF8' TEMPLATE template0`);
  const dataSource = new DataSource({
    type: 'postgres',
    url: withDatabase(adminUrl, template),
    migrations: [join(projectRoot, 'libs/*/src/migrations/*.ts')],
    migrationsTableName: 'migration',
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  return {
    adminUrl,
    template,
    stop: async () => {
      await dropDatabasesLike(adminUrl, `ouvroir_test_${process.pid}_%`);
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await embedded?.stop();
    },
  };
}

async function startEmbedded(): Promise<EmbeddedDatabase> {
  return startEmbeddedPostgres({
    dataDir: await mkdtemp(join(tmpdir(), 'ouvroir-test-pg-')),
    port: await freePort(),
    database: 'postgres',
    ephemeral: true,
  });
}

export function withDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

export async function adminQuery(url: string, sql: string, params: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

async function dropDatabasesLike(url: string, pattern: string) {
  const { rows } = await adminQuery(url, 'SELECT datname FROM pg_database WHERE datname LIKE $1', [pattern]);
  for (const { datname } of rows) await adminQuery(url, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

/** Below the kernel's ephemeral range (32768–60999 here), which outgoing connections draw from. */
const PORTS = { from: 20_000, to: 32_767 };

/**
 * A port nothing listens on, for a server the test starts a moment later. Not the kernel's pick
 * (`listen(0)`): that comes from the ephemeral range, where the test's own outgoing connections
 * (pools, Socket.IO clients) may take it before the server binds.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = PORTS.from + Math.floor(Math.random() * (PORTS.to - PORTS.from + 1));
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}
