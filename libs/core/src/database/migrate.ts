import { DataSource } from 'typeorm';

/** Any constant shared by every Ouvroir instance: it names the advisory lock below. */
const MIGRATION_LOCK = 7_420_301;

/**
 * Applies pending migrations, each in its own transaction. The advisory lock
 * makes instances that start together apply them once, one after the other.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
