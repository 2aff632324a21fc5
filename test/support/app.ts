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

/** The real Ouvroir app on its own fresh database, answering over HTTP. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'a-test-secret-of-at-least-32-characters',
    ...env,
  });
  const app = await createApp(config, database.url);
  await app.getHttpAdapter().getInstance().ready();
  const http = request(app.getHttpServer());
  return {
    app,
    database,
    http,
    graphql: (query, variables) =>
      http.post('/graphql').set('content-type', 'application/json').send({ query, variables }),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
