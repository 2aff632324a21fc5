import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../test/support/database';
import { eventually } from '../../../../test/support/smtp';
import { dataSourceOptions } from './data-source-options';
import { notifyTableChanges, TableChanges } from './table-changes';

/**
 * Reads kept until their table changes, on a real PostgreSQL: the changes come from another
 * connection (as from another instance or psql), and the listening connection is cut as a restart would.
 */
describe('TableChanges', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let changes: TableChanges;
  /** Another connection's writes: another instance, an operator. */
  let elsewhere: DataSource;
  let reads = 0;
  let colours: () => Promise<string[]>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], [])).initialize();
    elsewhere = await new DataSource(dataSourceOptions(database.url, [], [])).initialize();
    await dataSource.query('CREATE TABLE colour (name text PRIMARY KEY)');
    for (const statement of notifyTableChanges('colour')) await dataSource.query(statement);
    await dataSource.query(`INSERT INTO colour VALUES ('bleu')`);
    changes = new TableChanges(dataSource);
    await changes.onModuleInit();
    colours = changes.cachedRead('colour', async () => {
      reads += 1;
      const rows = await dataSource.query<{ name: string }[]>('SELECT name FROM colour ORDER BY name');
      return rows.map((row) => row.name);
    });
  });
  afterAll(async () => {
    await changes.onApplicationShutdown();
    await elsewhere.destroy();
    await dataSource.destroy();
    await database.drop();
  });

  it('reads once, then answers from memory', async () => {
    const before = reads;
    expect(await colours()).toEqual(['bleu']);
    expect(await colours()).toEqual(['bleu']);
    expect(reads).toBe(before + 1);
  });

  it('reads again once another connection changed the table, and only then', async () => {
    await colours();
    await elsewhere.query(`INSERT INTO colour VALUES ('vert')`);
    await eventually('the change heard', async () => (await colours()).includes('vert'), 10);
    const before = reads;
    await colours();
    expect(reads).toBe(before);
  });

  it('hears an UPDATE, a DELETE and a TRUNCATE as well', async () => {
    await elsewhere.query(`UPDATE colour SET name = 'rouge' WHERE name = 'bleu'`);
    await eventually('the update heard', async () => (await colours()).includes('rouge'), 10);
    await elsewhere.query(`DELETE FROM colour WHERE name = 'rouge'`);
    await eventually('the delete heard', async () => !(await colours()).includes('rouge'), 10);
    await elsewhere.query('TRUNCATE colour');
    await eventually('the truncate heard', async () => (await colours()).length === 0, 10);
    await elsewhere.query(`INSERT INTO colour VALUES ('bleu')`);
    await eventually('the insert heard', async () => (await colours()).length === 1, 10);
  });

  it('reads again at once after this process said it changed the table itself', async () => {
    await colours();
    const before = reads;
    changes.changed('colour');
    await colours();
    expect(reads).toBe(before + 1);
  });

  it('keeps nothing read while a change was heard (the rows may predate it)', async () => {
    let calls = 0;
    const racing = changes.cachedRead('colour', async () => {
      calls += 1;
      const rows = await dataSource.query<{ name: string }[]>('SELECT name FROM colour');
      // The first time, a notice arrives while the rows travel.
      if (calls === 1) changes.changed('colour');
      return rows.map((row) => row.name);
    });
    await racing();
    await racing();
    await racing();
    expect(calls).toBe(2);
  });

  it('keeps nothing while the listening connection is lost, and listens again on its own', async () => {
    await elsewhere.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ouvroir-table-changes' AND datname = current_database()`,
    );
    await eventually('the loss seen', () => changes.generation('colour') === null || undefined, 10);
    const before = reads;
    await colours();
    await colours();
    expect(reads).toBe(before + 2);
    await eventually('listening again', () => changes.generation('colour') !== null || undefined, 15);
    const after = reads;
    await colours();
    await colours();
    expect(reads).toBe(after + 1);
  });

  it('does not answer from before a loss, when changes made meanwhile went unheard', async () => {
    expect(await colours()).not.toContain('jaune');
    await elsewhere.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ouvroir-table-changes' AND datname = current_database()`,
    );
    await eventually('the loss seen', () => changes.generation('colour') === null || undefined, 10);
    await elsewhere.query(`INSERT INTO colour VALUES ('jaune')`);
    await eventually('listening again', () => changes.generation('colour') !== null || undefined, 15);
    expect(await colours()).toContain('jaune');
  });
});
