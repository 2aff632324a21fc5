import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

/** TRUST_PROXY and TLS_CERT_FILE / TLS_KEY_FILE: how Ouvroir is reached in production (docs/deployment.md). */
describe('loadConfig: the proxy and TLS', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ouvroir-tls-config-'));
    writeFileSync(join(dir, 'cert.pem'), 'CERTIFICATE');
    writeFileSync(join(dir, 'key.pem'), 'KEY');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('trusts no proxy and serves plain HTTP by default', () => {
    expect(loadConfig({})).toMatchObject({ trustProxy: undefined, tls: undefined });
  });

  it('trusts the addresses and networks listed in TRUST_PROXY', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 172.28.0.0/24,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '172.28.0.0/24',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each([
    ['1', /TRUST_PROXY doit lister les adresses du proxy.*pas un nombre de relais/],
    ['2', /pas un nombre de relais/],
    ['true', /TRUST_PROXY : « true » n’est ni une adresse IP ni un réseau/],
    ['10.0.0.5,proxy.example', /« proxy\.example » n’est ni une adresse IP ni un réseau/],
    ['10.0.0.0/33', /« 10\.0\.0\.0\/33 » n’est ni une adresse IP ni un réseau/],
  ])('refuses TRUST_PROXY=%s with a French message naming it', (value, message) => {
    const attempt = () => loadConfig({ TRUST_PROXY: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });

  it('reads the certificate and its key when both files are given', () => {
    const tls = loadConfig({ TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') }).tls;
    expect(tls).toEqual({ cert: Buffer.from('CERTIFICATE'), key: Buffer.from('KEY') });
  });

  it.each([
    [{ TLS_CERT_FILE: 'cert.pem' }, /TLS_KEY_FILE est obligatoire avec TLS_CERT_FILE/],
    [{ TLS_KEY_FILE: 'key.pem' }, /TLS_CERT_FILE est obligatoire avec TLS_KEY_FILE/],
    [{ TLS_CERT_FILE: '/nonexistent/cert.pem', TLS_KEY_FILE: '/nonexistent/key.pem' }, /TLS_CERT_FILE est illisible/],
  ])('refuses %o: both files or neither, and readable', (env, message) => {
    const attempt = () => loadConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });
});
