import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../setup/test-server';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

/** A private Redis that a test may stop and start again on the same port, as an outage would. */
export interface RestartableRedis extends TestRedis {
  start(): Promise<void>;
}

/**
 * A Redis for one test file: TEST_REDIS_URL's when set, else a private `redis-server` (Debian's
 * package) on a free port, without persistence, stopped with `stop`. Tests thus pass whether or
 * not the machine's Redis service runs, and leave no process behind.
 */
export async function startRedis(): Promise<TestRedis> {
  // The shared Redis is not ours to stop.
  if (process.env.TEST_REDIS_URL) return { url: process.env.TEST_REDIS_URL, stop: () => Promise.resolve() };
  return startPrivateRedis();
}

/** Always a private `redis-server`, never TEST_REDIS_URL's: stopping a shared one would break other tests. */
export async function startPrivateRedis(): Promise<RestartableRedis> {
  const port = await freePort();
  let server: ChildProcess | undefined;
  const start = async () => {
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      started.stdout.on(
        'data',
        (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve(),
      );
      started.once('error', reject);
      started.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
    server = started;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop: () =>
      new Promise<void>((resolve) => {
        const stopping = server;
        server = undefined;
        if (!stopping || stopping.exitCode !== null) return resolve();
        stopping.once('exit', () => resolve());
        stopping.kill('SIGTERM');
      }),
  };
}
