import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { configSchema } from './config.schema';
import { IdentityProviderConfig, loadIdentityProviders } from './identity-providers';

export { ConfigError };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  publicUrl: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl?: string;
  dataDir: string;
  /** Set when several instances share live rooms through Redis (Socket.IO's Redis adapter). */
  redisUrl?: string;
  embeddedPostgresPort: number;
  logLevel: string;
  bodyLimit: number;
  graphql: { maxDepth: number; maxCost: number; maxResponseBytes: number; introspection: boolean };
  webDistDir: string;
  identity: {
    providers: IdentityProviderConfig[];
    /** The built-in development provider with demo accounts (never in production). */
    devProvider: boolean;
  };
  session: {
    /** Undefined outside production: a secret is then generated and kept in DATA_DIR. */
    secret?: string;
    idleMinutes: number;
    maxHours: number;
  };
  /**
   * Requests per minute: per client address on /auth/* and on everything else; per person (or
   * address, signed out) for GraphQL mutation fields and for markdownPreview fields.
   */
  rateLimits: {
    authPerMinute: number;
    apiPerMinute: number;
    mutationsPerMinute: number;
    previewsPerMinute: number;
    indicatorsPerMinute: number;
  };
  /** The reverse proxies whose X-Forwarded-* headers are believed (Fastify's `trustProxy`); none when unset. */
  trustProxy?: string[];
  /** Served over HTTPS directly when set (TLS_CERT_FILE and TLS_KEY_FILE, read at start). */
  tls?: { cert: Buffer; key: Buffer };
  /** E-mail: sent over SMTP when `smtpUrl` is set; otherwise written to DATA_DIR/mails in development, not sent in production. */
  mail: {
    smtpUrl?: string;
    from: string;
    /** Connection, greeting and socket timeouts of one attempt. */
    timeoutSeconds: number;
    /** Attempts of one mail before it is marked failed (a permanent refusal stops at the first). */
    attempts: number;
    /** The wait before the second attempt, doubled at each next one. */
    retrySeconds: number;
  };
  /** The bearer token Prometheus presents at /metrics; without it the metrics are not served. */
  metricsToken?: string;
  /**
   * Where publiccode.yml files are read from: the API of the ministry's GitLab forge (whose repositories
   * are on forge.apps.education.fr) and GitHub's raw files; the tests point them to a local imitation.
   */
  forges: { gitlabApiUrl: string; githubRawUrl: string };
}

const libsParent = resolve(__dirname, '../../../..');
/** The project root, both from the TypeScript sources and from the build in `dist/`. */
export const projectRoot = basename(libsParent) === 'dist' ? resolve(libsParent, '..') : libsParent;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0]);
    const received = present[variable];
    throw new ConfigError(variable, `${variable} ${issue.message} (reçu « ${received} »)`);
  }
  const c = parsed.data;
  const providers = loadIdentityProviders(c.OIDC_PROVIDERS, c.OIDC_PROVIDERS_FILE);
  const production = c.NODE_ENV === 'production';
  if (production && c.DEV_IDP === '1') {
    throw new ConfigError(
      'DEV_IDP',
      'DEV_IDP=1 est interdit en production : le fournisseur de démonstration accepte n’importe qui',
    );
  }
  if (production && !c.SESSION_SECRET) {
    throw new ConfigError(
      'SESSION_SECRET',
      'SESSION_SECRET est obligatoire en production (au moins 32 caractères aléatoires)',
    );
  }
  return {
    env: c.NODE_ENV,
    production,
    host: c.HOST,
    port: c.PORT,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.DATA_DIR),
    redisUrl: c.REDIS_URL,
    embeddedPostgresPort: c.EMBEDDED_POSTGRES_PORT,
    logLevel: c.LOG_LEVEL,
    bodyLimit: c.BODY_LIMIT,
    graphql: {
      maxDepth: c.GRAPHQL_MAX_DEPTH,
      maxCost: c.GRAPHQL_MAX_COST,
      maxResponseBytes: c.GRAPHQL_MAX_RESPONSE_BYTES,
      introspection: c.NODE_ENV !== 'production',
    },
    webDistDir: resolve(c.WEB_DIST_DIR ?? resolve(projectRoot, 'dist/web')),
    identity: {
      providers,
      // In development the demo accounts stay beside declared providers unless DEV_IDP=0: declaring an
      // académie's provider to try it should not take the demo away.
      devProvider: !production && c.DEV_IDP !== '0',
    },
    session: { secret: c.SESSION_SECRET, idleMinutes: c.SESSION_IDLE_MINUTES, maxHours: c.SESSION_MAX_HOURS },
    rateLimits: {
      authPerMinute: c.RATE_LIMIT_AUTH,
      apiPerMinute: c.RATE_LIMIT_API,
      mutationsPerMinute: c.RATE_LIMIT_MUTATIONS,
      previewsPerMinute: c.RATE_LIMIT_PREVIEWS,
      indicatorsPerMinute: c.RATE_LIMIT_INDICATORS,
    },
    trustProxy: c.TRUST_PROXY,
    tls: loadTls(c.TLS_CERT_FILE, c.TLS_KEY_FILE),
    mail: {
      smtpUrl: c.SMTP_URL,
      from: c.SMTP_FROM,
      timeoutSeconds: c.SMTP_TIMEOUT_SECONDS,
      attempts: c.SMTP_ATTEMPTS,
      retrySeconds: c.SMTP_RETRY_SECONDS,
    },
    metricsToken: c.METRICS_TOKEN,
    forges: {
      gitlabApiUrl: c.FORGE_GITLAB_API_URL.replace(/\/$/, ''),
      githubRawUrl: c.FORGE_GITHUB_RAW_URL.replace(/\/$/, ''),
    },
  };
}

/** The certificate and its key, both or neither, read now so that a wrong path stops the start. */
function loadTls(certFile?: string, keyFile?: string): AppConfig['tls'] {
  if (!certFile && !keyFile) return undefined;
  if (!keyFile) throw new ConfigError('TLS_KEY_FILE', 'TLS_KEY_FILE est obligatoire avec TLS_CERT_FILE');
  if (!certFile) throw new ConfigError('TLS_CERT_FILE', 'TLS_CERT_FILE est obligatoire avec TLS_KEY_FILE');
  const read = (variable: string, file: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new ConfigError(variable, `${variable} est illisible (${(error as Error).message})`);
    }
  };
  return { cert: read('TLS_CERT_FILE', certFile), key: read('TLS_KEY_FILE', keyFile) };
}
