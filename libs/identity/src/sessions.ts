import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@ouvroir/core';
import { DEV_IDENTITY_PROVIDER, DevIdentityProvider } from './dev-provider/dev-identity-provider.provider';
import { DEV_PROVIDER_PATH } from './dev-provider/dev-identity-provider';
import { Passport, PASSPORT } from './oidc/sign-in.service';
import { SessionStore } from './session-store';
import type { SessionUser } from './session-user';

const UNTOUCHED = Symbol('session left untouched');

/**
 * Marks a request whose answer must not write its session (a ballot: the session row's transaction
 * id and expiry would follow the ballot's, docs/votes.md). The session still authenticates it; only
 * the rolling renewal is skipped, unless the request changed the session.
 */
export function leaveSessionUntouched(request: FastifyRequest): void {
  (request as unknown as Record<symbol, boolean>)[UNTOUCHED] = true;
}

/**
 * Server-side sessions in PostgreSQL (table user_session, through the SessionStore on the app's
 * own connection pool) behind an httpOnly, SameSite=Lax cookie; passport on top; and the
 * development identity provider mounted at /dev-idp when it runs.
 */
export async function registerSessions(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const sessions = app.get(SessionStore);
  await app.register(fastifyCookie);
  // Before @fastify/session's own onSend, which saves every session when rolling: without a session
  // it saves nothing and leaves the cookie as it was. A 503 (the database not answering) saves none
  // either: the save would fail too, and its error would replace the answer with Fastify's own.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
      const marked = (request as unknown as Record<symbol, boolean>)[UNTOUCHED];
      if ((marked && request.session && !request.session.isModified()) || reply.statusCode === 503) {
        (request as unknown as { session: null }).session = null;
      }
    });
  await app.register(fastifySession, {
    secret: sessions.secret,
    cookieName: sessions.cookieName,
    saveUninitialized: false,
    rolling: true,
    store: sessions.store,
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
  // In place of passport's session strategy: when the user lookup fails (PostgreSQL restarting), that
  // strategy signs the person out anyway, and the sign-out's own failure, left unhandled, ends the process.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request: FastifyRequest) => {
      const stored = request.session?.get?.('passport') as SessionUser | undefined;
      if (!stored) return;
      // A lookup that fails rejects: the request is answered SERVICE_UNAVAILABLE and the session kept.
      const actor = await sessions.actorOf(stored);
      if (actor) request.user = actor;
      else await request.logOut();
    });
  const devProvider = app.get<DevIdentityProvider | null>(DEV_IDENTITY_PROVIDER);
  if (devProvider) app.use(DEV_PROVIDER_PATH, devProvider.handler);
}
