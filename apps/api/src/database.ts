import { dataSourceOptions } from '@ouvroir/core';
import { DataSourceOptions } from 'typeorm';
import { DOMAIN_LIBRARIES } from './domain-libraries';

/**
 * Every library's entities and migrations, from the list of libraries, so that the same options
 * serve the app, the migration CLI, the tests and the build (no globs).
 */
export const entities = DOMAIN_LIBRARIES.flatMap((library) => library.entities);
export const migrations = DOMAIN_LIBRARIES.flatMap((library) => library.migrations);

export const ouvroirDataSourceOptions = (url: string): DataSourceOptions =>
  dataSourceOptions(url, entities, migrations);
