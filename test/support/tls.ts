import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';

export interface TestCertificate {
  certFile: string;
  keyFile: string;
  /** The certificate itself, to be trusted as its own authority. */
  cert: Buffer;
}

/** A self-signed certificate for localhost and 127.0.0.1, valid one day, written by openssl into `dir`. */
export function createTestCertificate(dir: string): TestCertificate {
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { certFile, keyFile, cert: readFileSync(certFile) };
}

/**
 * A fetch that trusts `ca` for https URLs (Node 20's fetch takes no certificate authority without
 * the undici package), answering a standard Response; other URLs go to the global fetch. Redirects
 * are never followed, as with `redirect: 'manual'`, and bodies sent are texts (the tests' forms).
 */
export function fetchTrusting(ca: Buffer): typeof fetch {
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.protocol !== 'https:') return fetch(input, init);
    const method = init.method ?? 'GET';
    const headers = Object.fromEntries(new Headers(init.headers));
    const sent = init.body ?? undefined;
    if (sent !== undefined && typeof sent !== 'string') throw new Error('fetchTrusting sends text bodies only');
    return new Promise<Response>((resolve, reject) => {
      const outgoing = request(url, { method, headers, ca }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const answered = new Headers();
          for (let i = 0; i < answer.rawHeaders.length; i += 2)
            answered.append(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
          const status = answer.statusCode!;
          const body = method === 'HEAD' || status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(body, { status, headers: answered }));
        });
        answer.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(sent);
    });
  };
}
