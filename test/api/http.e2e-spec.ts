import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/app';

describe('HTTP surface', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'ouvroir-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><html lang="fr"><title>Ouvroir</title></html>');
    t = await startTestApp({ WEB_DIST_DIR: webDir, BODY_LIMIT: '10000' });
  });
  afterAll(async () => {
    await t.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it('says it is alive on /health', async () => {
    const response = await t.http.get('/health');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
  });

  it('says it is ready on /ready once the database answers and every migration is applied', async () => {
    const response = await t.http.get('/ready');
    expect(response.status).toBe(200);
    expect(response.body.details).toEqual({
      database: expect.objectContaining({ status: 'up' }),
      migrations: { status: 'up' },
      identityProviders: { status: 'up' },
    });
  });

  it('is not ready while a migration is pending', async () => {
    const dataSource = t.app.get(DataSource);
    await dataSource.undoLastMigration();
    try {
      const response = await t.http.get('/ready');
      expect(response.status).toBe(503);
      expect(response.body.details.migrations).toEqual({
        status: 'down',
        message: 'des migrations restent à appliquer',
      });
    } finally {
      await dataSource.runMigrations();
    }
  });

  it('serves the web client at / and falls back to it for client-side routes', async () => {
    for (const path of ['/', '/domaines/logiciels-libres', '/une/page/inconnue']) {
      const response = await t.http.get(path).set('accept', 'text/html');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('<html lang="fr">');
    }
  });

  it('answers an unknown API address with a JSON 404 in French, not the web page', async () => {
    const response = await t.http.get('/api/nothing').set('accept', 'text/html');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      code: 'NOT_FOUND',
      message: 'Cette adresse ne correspond à aucune page ni ressource.',
    });
  });

  it('sends security headers with a Content-Security-Policy fitted to the web client', async () => {
    const response = await t.http.get('/').set('accept', 'text/html');
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('gives every response a request id and keeps a well-formed one from a proxy', async () => {
    const fresh = await t.http.get('/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const forwarded = await t.http.get('/health').set('x-request-id', 'proxy-42');
    expect(forwarded.headers['x-request-id']).toBe('proxy-42');
    const forged = await t.http.get('/health').set('x-request-id', 'line\tbreak');
    expect(forged.headers['x-request-id']).not.toBe('line\tbreak');
  });

  it('refuses a body over BODY_LIMIT with 413 and nothing executed', async () => {
    const response = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ domains { slug } } # ${'x'.repeat(20_000)}` });
    expect(response.status).toBe(413);
    expect(response.body.errors).toEqual([
      { message: 'Requête trop volumineuse.', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });
});
