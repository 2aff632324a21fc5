import { z } from 'zod';

/**
 * Every environment variable Ouvroir reads, with its default. The README's
 * configuration table mirrors this file; nothing else reads `process.env`.
 */
const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} doit être un nombre entier entre 1 et 65535` })
    .int(`${name} doit être un nombre entier entre 1 et 65535`)
    .min(1, `${name} doit être un nombre entier entre 1 et 65535`)
    .max(65535, `${name} doit être un nombre entier entre 1 et 65535`)
    .default(fallback);

const positiveInt = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} doit être un nombre entier positif` })
    .int(`${name} doit être un nombre entier positif`)
    .positive(`${name} doit être un nombre entier positif`)
    .default(fallback);

/** Why a DATABASE_URL cannot be used, or undefined when it can. */
function postgresUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return 'DATABASE_URL doit être une URL postgres://utilisateur@hôte:port/base';
  const url = new URL(value);
  if (!/^postgres(ql)?:$/.test(url.protocol)) return 'DATABASE_URL doit commencer par postgres:// ou postgresql://';
  if (url.pathname.length <= 1) return 'DATABASE_URL doit nommer une base de données (…/ouvroir)';
  return undefined;
}

const postgresUrl = z.string().check((ctx) => {
  const problem = postgresUrlProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port('PORT', 3000),
  PUBLIC_URL: z.url({ error: 'PUBLIC_URL doit être une URL http(s)://…' }).optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  EMBEDDED_POSTGRES_PORT: port('EMBEDDED_POSTGRES_PORT', 5433),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: positiveInt('BODY_LIMIT', 1_048_576),
  GRAPHQL_MAX_DEPTH: positiveInt('GRAPHQL_MAX_DEPTH', 10),
  GRAPHQL_MAX_COST: positiveInt('GRAPHQL_MAX_COST', 5_000),
  WEB_DIST_DIR: z.string().min(1).optional(),
});

export type RawConfig = z.infer<typeof configSchema>;
