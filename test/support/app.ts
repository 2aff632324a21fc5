import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@ouvroir/core';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApp } from '../../apps/api/src/app';
import { createTestDatabase, TestDatabase } from './database';

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  http: TestAgent;
  /** POSTs a GraphQL operation as the web client does. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<request.Response>;
  close(): Promise<void>;
}

/**
 * The real Ouvroir app on its own fresh database, answering over HTTP (on a real port with
 * `listen`); or on `database`, another instance of an app already running (which keeps it).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { listen?: number; database?: TestDatabase } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'a-test-secret-of-at-least-32-characters',
    DEV_IDP: '0',
    // The tests send many requests from one address; test/api/rate-limits.e2e-spec.ts checks the defaults.
    RATE_LIMIT_AUTH: '100000',
    RATE_LIMIT_API: '100000',
    RATE_LIMIT_MUTATIONS: '100000',
    RATE_LIMIT_PREVIEWS: '100000',
    RATE_LIMIT_INDICATORS: '100000',
    ...env,
  });
  const app = await createApp(config, database.url);
  if (options.listen) await app.listen({ port: options.listen, host: '127.0.0.1' });
  else await app.getHttpAdapter().getInstance().ready();
  const http = request(app.getHttpServer());
  return {
    app,
    database,
    http,
    graphql: (query, variables) =>
      http
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('accept', 'application/graphql-response+json, application/json;q=0.9')
        .send({ query, variables }),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
