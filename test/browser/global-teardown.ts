import { once } from 'node:events';
import { rmSync } from 'node:fs';
import type { BrowserRun } from './global-setup';

export default async function globalTeardown() {
  const run = (globalThis as { ouvroirBrowserRun?: BrowserRun }).ouvroirBrowserRun;
  if (!run) return;
  if (run.server.exitCode === null) {
    run.server.kill('SIGTERM');
    await once(run.server, 'exit');
  }
  await run.smtp.close();
  rmSync(run.mailbox, { recursive: true, force: true });
  await run.database.stop();
}
