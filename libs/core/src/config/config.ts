import { basename, resolve } from 'node:path';
import { configSchema } from './config.schema';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  publicUrl: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  logLevel: string;
  bodyLimit: number;
  graphql: { maxDepth: number; maxCost: number; introspection: boolean };
  webDistDir: string;
}

/** A configuration that cannot be used; `variable` names the culprit, and so does the message. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
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
  return {
    env: c.NODE_ENV,
    production: c.NODE_ENV === 'production',
    host: c.HOST,
    port: c.PORT,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.DATA_DIR),
    embeddedPostgresPort: c.EMBEDDED_POSTGRES_PORT,
    logLevel: c.LOG_LEVEL,
    bodyLimit: c.BODY_LIMIT,
    graphql: {
      maxDepth: c.GRAPHQL_MAX_DEPTH,
      maxCost: c.GRAPHQL_MAX_COST,
      introspection: c.NODE_ENV !== 'production',
    },
    webDistDir: resolve(c.WEB_DIST_DIR ?? resolve(projectRoot, 'dist/web')),
  };
}
