import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../test/support/database';
import { dataSourceOptions } from './data-source-options';
import { preparedQuery } from './prepared-query';

/** The hot reads' named statements, on a real PostgreSQL: prepared once per connection, errors as TypeORM's. */
describe('preparedQuery', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, [], [])).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** The statements prepared on the connection of `manager`, by name. */
  const prepared = (manager: DataSource['manager']) =>
    manager.query<{ name: string; statement: string }[]>(
      'SELECT name, statement FROM pg_prepared_statements ORDER BY name',
    );

  it('prepares a statement once on its connection and runs it again by name', async () => {
    await dataSource.transaction(async (manager) => {
      const text = 'SELECT n FROM generate_series(1, $1::int) n ORDER BY n';
      expect(await preparedQuery(manager, 'series', text, [3])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      expect(await preparedQuery(manager, 'series', text, [2])).toEqual([{ n: 1 }, { n: 2 }]);
      const statements = await prepared(manager);
      expect(statements).toHaveLength(1);
      expect(statements[0].name).toMatch(/^series_[0-9a-f]{16}$/);
      expect(statements[0].statement).toBe(text);
    });
  });

  it('names two texts under one label apart (node-postgres refuses one name for two texts)', async () => {
    await dataSource.transaction(async (manager) => {
      expect(await preparedQuery(manager, 'variant', 'SELECT $1::int AS value', [1])).toEqual([{ value: 1 }]);
      expect(await preparedQuery(manager, 'variant', 'SELECT $1::int + 1 AS value', [1])).toEqual([{ value: 2 }]);
      const names = (await prepared(manager)).map((statement) => statement.name);
      expect(names.filter((name) => name.startsWith('variant_'))).toHaveLength(2);
    });
  });

  it('fails as TypeORM does, with PostgreSQL’s code: a value that is no UUID, then a missing table', async () => {
    const notUuid = preparedQuery(dataSource, 'uuid', 'SELECT $1::uuid AS id', ['pas-un-id']);
    await expect(notUuid).rejects.toBeInstanceOf(QueryFailedError);
    await expect(notUuid).rejects.toMatchObject({ code: '22P02' });
    await expect(preparedQuery(dataSource, 'missing', 'SELECT * FROM nowhere', [])).rejects.toMatchObject({
      code: '42P01',
    });
  });
});
