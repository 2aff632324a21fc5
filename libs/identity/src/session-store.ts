import { createHash, randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySession, { FastifySessionOptions } from '@fastify/session';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, InjectConfig } from '@ouvroir/core';
import connectPgSimple from 'connect-pg-simple';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { IdentityService } from './identity.service';
import type { Actor, SessionUser } from './session-user';

export const SESSION_COOKIE = 'ouvroir_session';
/**
 * In production the cookie's name has the `__Host-` prefix: browsers then accept it only Secure,
 * on Path=/ and without Domain, so that no sibling subdomain can set or overwrite it.
 */
export const PRODUCTION_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** A session's name in live rooms: a hash, so that its id (half of a cookie) travels nowhere. */
export const sessionTag = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');

type Store = NonNullable<FastifySessionOptions['store']>;

/**
 * Sessions, kept in PostgreSQL: the web pages read them through `@fastify/session`, the live
 * connections (Socket.IO) through `actorOfCookie`, so that a client may reconnect to any instance.
 */
@Injectable()
export class SessionStore implements OnApplicationShutdown {
  private readonly logger = new Logger(SessionStore.name);
  /** Outside production a secret per process: sessions then end when the server restarts. */
  readonly secret: string;
  readonly cookieName: string;
  readonly store: Store & { close(): void };

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    private readonly identity: IdentityService,
  ) {
    this.secret = config.session.secret ?? randomBytes(32).toString('hex');
    this.cookieName = config.production ? PRODUCTION_SESSION_COOKIE : SESSION_COOKIE;
    // @types/connect-pg-simple types its store through express-session's types, not installed here: the
    // store is typed by the `store` field instead.
    /* eslint-disable @typescript-eslint/no-unsafe-assignment */
    const PgStore = connectPgSimple(fastifySession as unknown as Parameters<typeof connectPgSimple>[0]);
    const pool = (dataSource.driver as PostgresDriver).master;
    // Expired rows (a pending login's, after 10 minutes) are deleted every 5 minutes.
    // Its pruning's failures (the database restarting) go to the logs, not to the console.
    const errorLog = (message: string, error: unknown) => this.logger.warn(`${message} ${(error as Error)?.message}`);
    this.store = new PgStore({ pool, tableName: 'user_session', pruneSessionInterval: 5 * 60, errorLog });
    /* eslint-enable @typescript-eslint/no-unsafe-assignment */
  }

  /** The session's user, or null (signed out) when the account is no longer active or the session too old. */
  async actorOf(stored: SessionUser | undefined): Promise<Actor | null> {
    if (!stored || Date.now() - stored.authenticatedAt > this.config.session.maxHours * 3_600_000) return null;
    const user = await this.identity.activeUser(stored.userId);
    return user && { id: user.id, platformRole: user.platformRole, displayName: user.displayName, session: stored };
  }

  /** The session id of a request's Cookie header, if its signature holds. */
  sessionIdOfCookie(header: string | undefined): string | null {
    const signed = header ? fastifyCookie.parse(header)[this.cookieName] : undefined;
    const unsigned = signed ? fastifyCookie.unsign(signed, this.secret) : undefined;
    return unsigned?.valid && unsigned.value ? unsigned.value : null;
  }

  /** The signed-in user of a request's Cookie header, as the web pages would see them; null without a valid session. */
  async actorOfCookie(header: string | undefined): Promise<Actor | null> {
    const sessionId = this.sessionIdOfCookie(header);
    if (!sessionId) return null;
    const session = await new Promise<{ passport?: SessionUser } | null>((resolve, reject) =>
      this.store.get(sessionId, (error, found) => (error ? reject(error as Error) : resolve(found as never))),
    );
    return this.actorOf(session?.passport);
  }

  onApplicationShutdown(): void {
    this.store.close();
  }
}
