import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySession, { FastifySessionOptions } from '@fastify/session';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@ouvroir/core';
import connectPgSimple from 'connect-pg-simple';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DEV_IDENTITY_PROVIDER, DevIdentityProvider } from './dev-provider/dev-identity-provider.provider';
import { DEV_PROVIDER_PATH } from './dev-provider/dev-identity-provider';
import { Passport, PASSPORT } from './oidc/sign-in.service';

export const SESSION_COOKIE = 'ouvroir_session';

/**
 * Server-side sessions in PostgreSQL (table user_session, through connect-pg-simple on the
 * app's own connection pool) behind an httpOnly, SameSite=Lax cookie; passport on top; and
 * the development identity provider mounted at /dev-idp when it runs.
 */
export async function registerSessions(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const pool = (app.get(DataSource).driver as PostgresDriver).master;
  const PgStore = connectPgSimple(fastifySession as unknown as Parameters<typeof connectPgSimple>[0]);
  const store = new PgStore({ pool, tableName: 'user_session', pruneSessionInterval: 15 * 60 });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onClose', async () => store.close());
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    // Outside production a secret per process: sessions then end when the server restarts.
    secret: config.session.secret ?? randomBytes(32).toString('hex'),
    cookieName: SESSION_COOKIE,
    saveUninitialized: false,
    rolling: true,
    store: store as unknown as NonNullable<FastifySessionOptions['store']>,
    cookie: {
      httpOnly: true,
      secure: config.production,
      sameSite: 'lax',
      path: '/',
      maxAge: config.session.idleMinutes * 60_000,
    },
  });
  const passport = app.get<Passport>(PASSPORT);
  await app.register(passport.initialize());
  await app.register(passport.secureSession());
  const devProvider = app.get<DevIdentityProvider | null>(DEV_IDENTITY_PROVIDER);
  if (devProvider) app.use(DEV_PROVIDER_PATH, devProvider.handler);
}
