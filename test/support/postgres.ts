import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../setup/test-server';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  /** URL of its `postgres` database (trust authentication). */
  url: string;
  /** Ends PostgreSQL at once, as a crash would (`-m immediate`): connections are cut, nothing is flushed. */
  stopNow(): Promise<void>;
  start(): Promise<void>;
  /** `pg_ctl restart -m immediate`. */
  restartNow(): Promise<void>;
  /** Stops it and removes its data folder. */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL of Debian's postgresql-15 for one test file, in a temporary folder on a free port, that the
 * test may crash and restart without touching the run's shared server. As root, it runs as `postgres`
 * (PostgreSQL refuses root), which then owns the folder.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const folder = await mkdtemp(join(tmpdir(), 'ouvroir-fault-pg-'));
  const data = join(folder, 'data');
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    await chown(folder, Number(stdout), Number(group));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]) : run(join(BIN, tool), args);
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // The process's own crash is what the tests simulate, not the machine's: fsync may stay off.
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const ctl = (...args: string[]) => pg('pg_ctl', ['-D', data, '-l', join(folder, 'log'), '-w', ...args]);
  const start = async () => void (await ctl('-o', options, 'start'));
  const stopNow = async () => void (await ctl('-m', 'immediate', 'stop'));
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stopNow,
    restartNow: async () => void (await ctl('-o', options, '-m', 'immediate', 'restart')),
    remove: async () => {
      await stopNow().catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    },
  };
}
