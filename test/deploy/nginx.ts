import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@ouvroir/core';
import { TestCertificate } from '../support/tls';

export interface TestNginx {
  /** nginx's access log so far (deploy/nginx's format: it names the instance of each request). */
  accessLog(): string;
  stop(): Promise<void>;
}

export interface NginxPorts {
  /** HTTPS, round robin over the instances: deploy/nginx/ouvroir.conf's 443. */
  https: number;
  /** Plain HTTP, which redirects to HTTPS: ouvroir.conf's 80. */
  http: number;
  /** One HTTPS port per instance, in the order of `instances`, to reach a given one (test only). */
  perInstance: number[];
}

/** Replaces `from` by `to` in the shipped file, failing when the file no longer says `from`. */
function substitute(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx/ouvroir.conf no longer contains « ${from} »`);
  return text.split(from).join(to);
}

/**
 * Debian's nginx (`/usr/sbin/nginx`) running deploy/nginx/ouvroir.conf as shipped, in `dir`: only
 * what names the Compose network is replaced — the upstream by `instances` (ports on 127.0.0.1),
 * the listen ports, the certificate and the log folder. Each instance also gets a port of its own,
 * proxied with the same ouvroir-proxy.conf, so that a test can connect to the instance it means.
 * Runs in the foreground (`daemon off`) as a child process, as root with workers as root.
 */
export async function startNginx(
  dir: string,
  certificate: TestCertificate,
  instances: number[],
  ports: NginxPorts,
  trusting: typeof fetch,
): Promise<TestNginx> {
  const shipped = readFileSync(join(projectRoot, 'deploy/nginx/ouvroir.conf'), 'utf8');
  let conf = substitute(shipped, 'server api:3000;', instances.map((port) => `server 127.0.0.1:${port};`).join(' '));
  conf = substitute(conf, 'listen 443 ssl;', `listen 127.0.0.1:${ports.https} ssl;`);
  conf = substitute(conf, 'listen 80;', `listen 127.0.0.1:${ports.http};`);
  conf = substitute(conf, '/etc/nginx/certs/fullchain.pem', certificate.certFile);
  conf = substitute(conf, '/etc/nginx/certs/privkey.pem', certificate.keyFile);
  conf = substitute(conf, '/var/log/nginx/', `${dir}/`);
  writeFileSync(join(dir, 'ouvroir.conf'), conf);
  copyFileSync(join(projectRoot, 'deploy/nginx/ouvroir-proxy.conf'), join(dir, 'ouvroir-proxy.conf'));
  const perInstance = instances.map(
    (instance, index) => `
    server {
      listen 127.0.0.1:${ports.perInstance[index]} ssl;
      ssl_certificate ${certificate.certFile};
      ssl_certificate_key ${certificate.keyFile};
      location / {
        proxy_pass http://127.0.0.1:${instance};
        include ouvroir-proxy.conf;
      }
    }`,
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `${kind}_temp_path ${join(dir, kind)};`,
  );
  writeFileSync(
    join(dir, 'nginx.conf'),
    `user root;
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  ${temp.join('\n  ')}
  include ouvroir.conf;
  ${perInstance.join('\n')}
}
`,
  );
  const child: ChildProcess = spawn(
    '/usr/sbin/nginx',
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const errors = () => `${stderr}${readFileSync(join(dir, 'error.log'), 'utf8')}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors()}`);
    const answer = await trusting(`https://localhost:${ports.https}/health`).catch(() => undefined);
    if (answer?.status === 200) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer: ${errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8'),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
