import { Client } from 'pg';
import { AppConfig, ConfigError } from '../config/config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The PostgreSQL server the application runs on: the one in DATABASE_URL when
 * it is set (checked reachable now, so a wrong URL stops the boot with a clear
 * message), else an embedded one in DATA_DIR.
 */
export async function openDatabaseServer(config: AppConfig, onLog?: (line: string) => void): Promise<EmbeddedDatabase> {
  if (!config.databaseUrl) {
    return startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPostgresPort,
      database: 'ouvroir',
      onLog,
    });
  }
  await checkReachable(config.databaseUrl);
  // Someone else's server: nothing of ours to stop.
  return { url: config.databaseUrl, stop: () => Promise.resolve() };
}

async function checkReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  const { hostname, port, pathname } = new URL(url);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new ConfigError(
      'DATABASE_URL',
      `DATABASE_URL ne permet pas d’ouvrir la base ${pathname.slice(1)} sur ${hostname}:${port || 5432} (${reason})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
