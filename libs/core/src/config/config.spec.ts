import { ConfigError, loadConfig } from './config';

/** Bad inputs tried: non-numeric, out-of-range and negative numbers, malformed and non-PostgreSQL URLs, unknown enum values. */
describe('loadConfig', () => {
  it('gives every variable a default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      embeddedPostgresPort: 5433,
      graphql: { maxDepth: 10, introspection: true },
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('reads the variables it is given and turns introspection off in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgres://ouvroir@db:5432/ouvroir',
      PUBLIC_URL: 'https://ouvroir.education.gouv.fr/',
      SESSION_SECRET: 'x'.repeat(32),
    });
    expect(config).toMatchObject({
      production: true,
      port: 8080,
      databaseUrl: 'postgres://ouvroir@db:5432/ouvroir',
      publicUrl: 'https://ouvroir.education.gouv.fr',
      graphql: { introspection: false },
    });
  });

  it.each([
    ['PORT', 'abc', /PORT doit être un nombre entier entre 1 et 65535 \(reçu « abc »\)/],
    ['PORT', '70000', /PORT doit être un nombre entier/],
    ['PORT', '3.5', /PORT doit être un nombre entier/],
    ['EMBEDDED_POSTGRES_PORT', '-1', /EMBEDDED_POSTGRES_PORT/],
    ['DATABASE_URL', 'not a url', /DATABASE_URL doit être une URL/],
    ['DATABASE_URL', 'mysql://root@localhost/ouvroir', /DATABASE_URL doit commencer par postgres:\/\//],
    ['DATABASE_URL', 'postgres://localhost:5432', /DATABASE_URL doit nommer une base/],
    [
      'NODE_ENV',
      'staging',
      /NODE_ENV doit valoir l’une de ces valeurs : development, production, test \(reçu « staging »\)/,
    ],
    ['BODY_LIMIT', '0', /BODY_LIMIT doit être un nombre entier positif/],
    ['PUBLIC_URL', 'ouvroir', /PUBLIC_URL doit être une URL/],
    ['PUBLIC_URL', 'ftp://ouvroir', /PUBLIC_URL doit être une URL http/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL doit valoir l’une de ces valeurs : fatal/],
  ])('refuses %s=%s and names the variable', (variable, value, message) => {
    const attempt = () => loadConfig({ [variable]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
    }
  });

  it.each([
    ['SESSION_SECRET', { NODE_ENV: 'production' }, /SESSION_SECRET est obligatoire en production/],
    ['SESSION_SECRET', { SESSION_SECRET: 'court' }, /SESSION_SECRET doit compter au moins 32 caractères/],
    [
      'DEV_IDP',
      { NODE_ENV: 'production', DEV_IDP: '1', SESSION_SECRET: 'x'.repeat(32) },
      /DEV_IDP=1 est interdit en production/,
    ],
    ['OIDC_PROVIDERS', { OIDC_PROVIDERS: '[{"id":"x"}]' }, /OIDC_PROVIDERS : fournisseur 0\.label invalide/],
    ['OIDC_PROVIDERS', { OIDC_PROVIDERS: 'not json' }, /OIDC_PROVIDERS est illisible/],
    ['OIDC_PROVIDERS_FILE', { OIDC_PROVIDERS_FILE: '/nonexistent.yaml' }, /OIDC_PROVIDERS_FILE est illisible/],
  ])('refuses a bad %s (%o)', (variable, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('runs the development identity provider only without providers and outside production', () => {
    const provider = {
      id: 'academie-rennes',
      label: 'Académie de Rennes',
      kind: 'generic',
      issuer: 'https://sso.ac-rennes.fr/realms/agents',
      clientId: 'ouvroir',
      clientSecret: 's',
    };
    expect(loadConfig({}).identity).toEqual({ providers: [], devProvider: true });
    const configured = loadConfig({ OIDC_PROVIDERS: JSON.stringify([provider]) }).identity;
    expect(configured.devProvider).toBe(true);
    expect(configured.providers[0]).toMatchObject({
      ...provider,
      defaultRole: 'member',
      tokenAuthMethod: 'client_secret_post',
    });
    expect(loadConfig({ OIDC_PROVIDERS: JSON.stringify([provider]), DEV_IDP: '0' }).identity.devProvider).toBe(false);
    expect(loadConfig({ DEV_IDP: '0' }).identity.devProvider).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).identity.devProvider).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
