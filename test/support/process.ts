import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { projectRoot } from '@ouvroir/core';

export interface ServerProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs `apps/api/src/main.ts` as `npm start` would run its build, from the
 * TypeScript sources (ts-node with SWC), with exactly the environment given.
 */
export function runServer(env: Record<string, string>): ServerProcess {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(projectRoot, 'apps/api/src/main.ts')],
    {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, TS_NODE_TRANSPILE_ONLY: 'true', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/**
 * Resolves once the server printed that it is ready; rejects if it exits first. A start from the
 * sources takes seconds on a quiet machine, past a minute on a loaded one: hence the long deadline.
 */
export async function waitUntilReady(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (!server.stdout().includes('Ouvroir est prêt')) {
    if (server.child.exitCode !== null) throw new Error(`the server exited: ${server.stderr()}`);
    if (Date.now() > deadline) throw new Error(`the server did not start: ${server.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
