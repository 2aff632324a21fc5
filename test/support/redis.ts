import { spawn } from 'node:child_process';
import { freePort } from '../setup/test-server';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

/**
 * A Redis for one test file: TEST_REDIS_URL's when set, else a private `redis-server` (Debian's
 * package) on a free port, without persistence, stopped with `stop`. Tests thus pass whether or
 * not the machine's Redis service runs, and leave no process behind.
 */
export async function startRedis(): Promise<TestRedis> {
  if (process.env.TEST_REDIS_URL) return { url: process.env.TEST_REDIS_URL, stop: async () => undefined };
  const port = await freePort();
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}
