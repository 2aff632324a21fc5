import { loadConfig, openDatabaseServer } from '@ouvroir/core';
import { DataSource } from 'typeorm';
import { ouvroirDataSourceOptions } from './database';

/**
 * The DataSource of `npm run migration:generate` and `migration:run`: the
 * server in DATABASE_URL, else the embedded one in DATA_DIR (stop `npm start`
 * first, they share the data folder).
 */
export default openDatabaseServer(loadConfig()).then((server) => new DataSource(ouvroirDataSourceOptions(server.url)));
