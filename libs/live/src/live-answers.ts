import { Injectable, Logger } from '@nestjs/common';
import { DomainError, requestIdFrom, runInRequest } from '@ouvroir/core';
import { Actor, SessionStore } from '@ouvroir/identity';
import type { Socket } from 'socket.io';

/** A connection's session is read again at its first event after this long (it may have ended meanwhile). */
export const SESSION_RECHECK_MS = 5_000;

/** What a handler answers through the client's acknowledgement. */
export type LiveAnswer =
  { ok: true; [key: string]: unknown } | { ok: false; error: { code: string; reason?: string; message: string } };

/** What libs/live keeps on a connection: its person and when its session was last read. */
export interface LiveSocketData {
  actor: Actor;
  checkedAt: number;
}

/** A connection's data as libs/live keeps it (Socket.IO leaves `socket.data` untyped). */
export const liveData = (socket: Pick<Socket, 'data'>) => socket.data as LiveSocketData;

/** The person of a connection, set at its handshake and refreshed by `LiveAnswers`. */
export const actorOf = (socket: Pick<Socket, 'data'>) => liveData(socket).actor;

/** A payload's string field, or a BAD_USER_INPUT naming it. */
export function payloadField(payload: unknown, name: string, optional: true): string | undefined;
export function payloadField(payload: unknown, name: string, optional?: false): string;
export function payloadField(payload: unknown, name: string, optional = false): string | undefined {
  const value = (payload as Record<string, unknown> | null)?.[name];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || !value) throw DomainError.of('LIVE_FIELD_INVALID', { field: name });
  return value;
}

/**
 * Runs the client events of every gateway alike: in a request context (the handshake's x-request-id,
 * or a new id per event, as HTTP requests get), after reading the session again when it is old, with
 * `{ ok: true, … }` through the acknowledgement, or, refused, `{ ok: false, error }` there and as an
 * `ouvroir:error` event (for clients that sent no acknowledgement). The connection stays open.
 */
@Injectable()
export class LiveAnswers {
  private readonly logger = new Logger('LiveGateway');

  constructor(private readonly sessions: SessionStore) {}

  answer(
    socket: Socket,
    event: string,
    work: () => Record<string, unknown> | Promise<Record<string, unknown>>,
  ): Promise<LiveAnswer> {
    return runInRequest(requestIdFrom(socket.request), async () => {
      try {
        await this.ensureSession(socket);
        const answer = { ok: true as const, ...(await work()) };
        this.logger.log(`socket event ${event} answered`);
        return answer;
      } catch (error) {
        const known = error instanceof DomainError;
        if (!known) this.logger.error(error);
        const refusal = known
          ? { code: error.code, ...(error.reason ? { reason: error.reason } : {}), message: error.message }
          : { code: 'INTERNAL', message: 'Une erreur inattendue est survenue : réessayez.' };
        this.logger.log(`socket event ${event} refused: ${refusal.code}`);
        socket.emit('ouvroir:error', { event, ...refusal });
        return { ok: false, error: refusal };
      }
    });
  }

  /**
   * Reads the connection's session again when the last reading is older than SESSION_RECHECK_MS:
   * gone (expired, ended, account suspended), the connection closes; else its actor is refreshed.
   */
  private async ensureSession(socket: Socket): Promise<void> {
    const data = liveData(socket);
    if (Date.now() - data.checkedAt < SESSION_RECHECK_MS) return;
    const actor = await this.sessions.actorOfCookie(socket.handshake.headers.cookie);
    if (!actor) {
      // After the answer, so that the client learns why.
      setImmediate(() => socket.disconnect(true));
      throw DomainError.of('LIVE_SESSION_ENDED');
    }
    data.actor = actor;
    data.checkedAt = Date.now();
  }
}
