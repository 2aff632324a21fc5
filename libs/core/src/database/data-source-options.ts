import { types } from 'pg';
import parseTimestamp from 'postgres-date';
import { DataSourceOptions } from 'typeorm';

// node-postgres parses timestamps with postgres-date 1, through a regular expression: about 2 µs a
// value, a sixth of the groups directory's time. Version 2 reads them character by character, with
// the same results (data-source-options.spec.ts).
types.setTypeParser(types.builtins.TIMESTAMPTZ, parseTimestamp);

// TypeORM's own types for these lists, taken from its options rather than re-declared.
type EntityList = NonNullable<DataSourceOptions['entities']>;
type MigrationList = NonNullable<DataSourceOptions['migrations']>;

/**
 * One definition of how Ouvroir talks to PostgreSQL, used by the Nest app, the
 * migration CLI and the tests. The schema comes from migrations only.
 */
export function dataSourceOptions(url: string, entities: EntityList, migrations: MigrationList): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migration',
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations, never at connect.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: 10,
      application_name: 'ouvroir',
      // The search's typo tolerance on titles (pg_trgm's `<%`, which its GIN index serves): « geomtrie »
      // is 0.58 like « géométrie », under the default 0.6; set for each connection, since the
      // tests' databases, copied from a template, would not keep an ALTER DATABASE.
      options: '-c pg_trgm.word_similarity_threshold=0.5',
    },
  };
}
