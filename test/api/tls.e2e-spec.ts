import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../setup/test-server';
import { startTestApp, TestApp } from '../support/app';
import { createTestCertificate, fetchTrusting } from '../support/tls';

/** With TLS_CERT_FILE and TLS_KEY_FILE, Ouvroir serves HTTPS itself, without a proxy in front. */
describe('serving HTTPS directly', () => {
  let dir: string;
  let t: TestApp;
  let port: number;
  let trusting: typeof fetch;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ouvroir-tls-'));
    const certificate = createTestCertificate(dir);
    trusting = fetchTrusting(certificate.cert);
    port = await freePort();
    t = await startTestApp(
      {
        PUBLIC_URL: `https://localhost:${port}`,
        TLS_CERT_FILE: certificate.certFile,
        TLS_KEY_FILE: certificate.keyFile,
      },
      { listen: port },
    );
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers over HTTPS with the configured certificate, and GraphQL too', async () => {
    const health = await trusting(`https://localhost:${port}/health`);
    expect(health.status).toBe(200);
    const answer = await trusting(`https://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ domains { slug } }' }),
    });
    expect(((await answer.json()) as { data: { domains: unknown[] } }).data.domains.length).toBeGreaterThan(0);
  });

  it('refuses a client that does not trust the certificate, and plain HTTP', async () => {
    await expect(fetch(`https://localhost:${port}/health`)).rejects.toThrow();
    await expect(fetch(`http://localhost:${port}/health`)).rejects.toThrow();
  });
});
