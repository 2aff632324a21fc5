import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Every environment variable Ouvroir reads, with its default. The README's
 * configuration table mirrors this file; nothing else reads `process.env`.
 * Messages are French and completed with the variable's name by loadConfig.
 */
const PORT_MESSAGE = 'doit être un nombre entier entre 1 et 65535';
const port = (fallback: number) =>
  z.coerce
    .number({ error: PORT_MESSAGE })
    .int(PORT_MESSAGE)
    .min(1, PORT_MESSAGE)
    .max(65535, PORT_MESSAGE)
    .default(fallback);

const POSITIVE_MESSAGE = 'doit être un nombre entier positif';
const positiveInt = (fallback: number) =>
  z.coerce.number({ error: POSITIVE_MESSAGE }).int(POSITIVE_MESSAGE).positive(POSITIVE_MESSAGE).default(fallback);

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.enum(values, { error: `doit valoir l’une de ces valeurs : ${values.join(', ')}` }).default(fallback);

/** Why a DATABASE_URL cannot be used, or undefined when it can. */
function postgresUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return 'doit être une URL postgres://utilisateur@hôte:port/base';
  const url = new URL(value);
  if (!/^postgres(ql)?:$/.test(url.protocol)) return 'doit commencer par postgres:// ou postgresql://';
  if (url.pathname.length <= 1) return 'doit nommer une base de données (…/ouvroir)';
  return undefined;
}

const postgresUrl = z.string().check((ctx) => {
  const problem = postgresUrlProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

/** proxy-addr's names for the loopback, link-local and private ranges, which Fastify's `trustProxy` accepts. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** Whether `entry` is an IP address, a network in CIDR notation (`10.0.0.0/8`) or a named range. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

// A hop count is refused: this Fastify trusts no proxy at all then (it cannot check the peer).
const trustedProxies = z
  .string()
  .regex(
    /^(?!\s*\d+\s*$)/,
    'doit lister les adresses du proxy (par ex. 10.0.0.5,172.28.0.0/24), pas un nombre de relais',
  )
  .transform((value) => value.split(',').map((entry) => entry.trim()))
  .check((ctx) => {
    const wrong = ctx.value.find((entry) => !isProxyAddress(entry));
    if (wrong !== undefined) {
      ctx.issues.push({
        code: 'custom',
        message: `: « ${wrong} » n’est ni une adresse IP ni un réseau (10.0.0.0/8) ni loopback, linklocal, uniquelocal`,
        input: ctx.value,
      });
    }
  });

export const configSchema = z.object({
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'doit être une URL http(s)://…' }).optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'doit être une URL redis://…' }).optional(),
  EMBEDDED_POSTGRES_PORT: port(5433),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  BODY_LIMIT: positiveInt(1_048_576),
  GRAPHQL_MAX_DEPTH: positiveInt(10),
  GRAPHQL_MAX_COST: positiveInt(5_000),
  GRAPHQL_MAX_RESPONSE_BYTES: positiveInt(5_242_880),
  WEB_DIST_DIR: z.string().min(1).optional(),
  OIDC_PROVIDERS: z.string().min(1).optional(),
  OIDC_PROVIDERS_FILE: z.string().min(1).optional(),
  DEV_IDP: z.enum(['0', '1'], { error: 'doit valoir 0 ou 1' }).optional(),
  SESSION_SECRET: z.string().min(32, 'doit compter au moins 32 caractères').optional(),
  SESSION_IDLE_MINUTES: positiveInt(120),
  SESSION_MAX_HOURS: positiveInt(12),
  RATE_LIMIT_AUTH: positiveInt(60),
  RATE_LIMIT_API: positiveInt(1_200),
  RATE_LIMIT_MUTATIONS: positiveInt(60),
  RATE_LIMIT_PREVIEWS: positiveInt(60),
  RATE_LIMIT_INDICATORS: positiveInt(300),
  TRUST_PROXY: trustedProxies.optional(),
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'doit être une URL smtp://hôte:25 ou smtps://utilisateur:motdepasse@hôte:465' })
    .optional(),
  SMTP_FROM: z.string().min(3).default('Ouvroir <ne-pas-repondre@ouvroir.localhost>'),
  SMTP_TIMEOUT_SECONDS: positiveInt(30),
  SMTP_ATTEMPTS: positiveInt(5),
  SMTP_RETRY_SECONDS: positiveInt(60),
  METRICS_TOKEN: z.string().min(32, 'doit compter au moins 32 caractères').optional(),
  FORGE_GITLAB_API_URL: z
    .url({ protocol: /^https?$/, error: 'doit être une URL http(s)://…' })
    .default('https://forge.apps.education.fr'),
  FORGE_GITHUB_RAW_URL: z
    .url({ protocol: /^https?$/, error: 'doit être une URL http(s)://…' })
    .default('https://raw.githubusercontent.com'),
});
