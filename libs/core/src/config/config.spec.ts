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

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
