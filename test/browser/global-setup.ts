import '../setup/outside-sandbox';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@ouvroir/core';
import { freePort, startTestServer, TestServer, withDatabase } from '../setup/test-server';
import { startTestSmtp, TestSmtp } from '../support/smtp';

const builtServer = join(projectRoot, 'dist/apps/api/src/main.js');
const builtClient = join(projectRoot, 'dist/web/index.html');

export interface BrowserRun {
  database: TestServer;
  server: ChildProcess;
  smtp: TestSmtp;
  mailbox: string;
}

/** Starts PostgreSQL and the built server on a copy of the migrated template; tests read OUVROIR_BASE_URL. */
export default async function globalSetup() {
  try {
    if (!existsSync(builtServer) || !existsSync(builtClient)) {
      throw new Error('the browser tests drive the built app: run `npm run build` first');
    }
    const database = await startTestServer();
    // The app's mails go to a real SMTP server, which writes them where the tests read them.
    const mailbox = mkdtempSync(join(tmpdir(), 'ouvroir-browser-mails-'));
    const smtp = await startTestSmtp('accept', mailbox);
    const port = await freePort();
    const databaseUrl = withDatabase(database.adminUrl, database.template);
    const server = spawn(process.execPath, [builtServer], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SMTP_URL: smtp.url,
        // Every test signs in from this one address.
        RATE_LIMIT_AUTH: '100000',
        RATE_LIMIT_API: '100000',
        RATE_LIMIT_MUTATIONS: '100000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Ouvroir est prêt') && resolve());
      server.once('exit', (code) => reject(new Error(`the built server exited with ${code}`)));
    });
    process.env.OUVROIR_BASE_URL = `http://localhost:${port}`;
    // The votes' test moves a closing time to now, as the clock would.
    process.env.OUVROIR_BROWSER_DATABASE_URL = databaseUrl;
    process.env.OUVROIR_BROWSER_MAILBOX = mailbox;
    (globalThis as { ouvroirBrowserRun?: BrowserRun }).ouvroirBrowserRun = { database, server, smtp, mailbox };
  } finally {
    delete process.env.OUVROIR_JEST_OUTSIDE_SANDBOX;
  }
}
