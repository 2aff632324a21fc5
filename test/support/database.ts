import { randomBytes } from 'node:crypto';
import { adminQuery, withDatabase } from '../setup/test-server';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, copied from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.OUVROIR_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('the Jest global setup did not start PostgreSQL');
  const name = `ouvroir_test_${process.env.OUVROIR_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${process.env.OUVROIR_TEST_TEMPLATE}"`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined),
  };
}
