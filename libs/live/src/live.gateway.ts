import { Logger, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { LiveClientEvents, LiveServerEvents } from '@ouvroir/contracts';
import {
  AppConfig,
  DomainError,
  InjectConfig,
  LiveEvents,
  liveRoom,
  Metrics,
  parseLiveRoom,
  SESSION_ENDED,
  SignedIn,
} from '@ouvroir/core';
import { Actor, SessionStore, sessionTag } from '@ouvroir/identity';
import type { Server, Socket } from 'socket.io';
import { actorOf, LiveAnswers, liveData } from './live-answers';
import { LiveRooms } from './live-rooms';

/** The longest a timer may wait (setTimeout's bound): longer sessions are closed by the re-check. */
const TIMER_MAX_MS = 2 ** 31 - 1;

/**
 * The live connections (Socket.IO), authenticated at the handshake by the web pages' session
 * cookie, from a page of PUBLIC_URL (or a client that is no browser), and closed when the session
 * ends: at logout, suspension, erasure or a smaller role (SESSION_ENDED, on every instance), at its
 * absolute lifetime, or when an event finds it gone (`LiveAnswers`). Clients watch the rooms the
 * domains provide (`{ proposalId }`, `{ voteId }`… as `LiveRooms` knows their readers), whose changes
 * the domains announce through LiveEvents; a domain's own client events live in its own gateway
 * (libs/discussion's channels). This gateway knows no domain by name.
 */
@WebSocketGateway()
export class LiveGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(LiveGateway.name);

  @WebSocketServer()
  server: Server<LiveClientEvents, LiveServerEvents>;

  /** Per connection id; not in socket.data, which the Redis adapter sends to other instances. */
  private readonly maxAgeTimers = new Map<string, NodeJS.Timeout>();
  private readonly origin: string;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly sessions: SessionStore,
    private readonly rooms: LiveRooms,
    private readonly answers: LiveAnswers,
    private readonly live: LiveEvents,
    metrics: Metrics,
  ) {
    this.origin = new URL(config.publicUrl).origin;
    metrics.gauge('ouvroir_live_connections', 'Connexions en direct (Socket.IO) ouvertes sur cette instance', () => ({
      socketio: this.server?.engine.clientsCount ?? 0,
    }));
  }

  afterInit(server: Server): void {
    server.use((socket, next) => {
      // Browsers always send Origin on a WebSocket or cross-site request: without one, the client is
      // no browser, and a page of another site cannot borrow the cookie (cross-site WebSocket hijacking).
      const origin = socket.handshake.headers.origin;
      if (origin !== undefined && origin !== this.origin) return next(new Error('FORBIDDEN'));
      const cookie = socket.handshake.headers.cookie;
      this.sessions.actorOfCookie(cookie).then(
        (actor) => {
          if (!actor) return next(new Error('UNAUTHENTICATED'));
          const data = liveData(socket);
          data.actor = actor;
          data.checkedAt = Date.now();
          void socket.join([
            liveRoom.user(actor.id),
            liveRoom.session(sessionTag(this.sessions.sessionIdOfCookie(cookie)!)),
          ]);
          this.closeAtMaxAge(socket, actor);
          next();
        },
        (error: unknown) => next(error as Error),
      );
    });
    this.live.subscribe((event) => {
      if (event.name === 'membership:ended') {
        // Its other instances' sockets are looked up through Redis, which may be down: logged, never thrown.
        this.endMembership(event.payload.userId as string).catch((error: Error) =>
          this.logger.error(`membership end of ${String(event.payload.userId)} not applied live: ${error.message}`),
        );
      } else if (event.name === SESSION_ENDED) server.in(event.room).disconnectSockets(true);
      else server.to(event.room).emit(event.name, event.payload);
    });
  }

  handleDisconnect(socket: Socket): void {
    clearTimeout(this.maxAgeTimers.get(socket.id));
    this.maxAgeTimers.delete(socket.id);
  }

  /** Follows a room's changes (a proposal's state, a vote's turnout…), if its domain lets the person read it. */
  @SignedIn()
  @SubscribeMessage('watch')
  watch(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answers.answer(socket, 'watch', async () => {
      const { kind, id } = this.roomOf(payload);
      await this.rooms.readerOf(kind)!.assertReadable(actorOf(socket), id);
      await socket.join(liveRoom.named(kind, id));
      return {};
    });
  }

  /** Stops following a room's changes. */
  @SignedIn()
  @SubscribeMessage('unwatch')
  unwatch(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answers.answer(socket, 'unwatch', async () => {
      const { kind, id } = this.roomOf(payload);
      await socket.leave(liveRoom.named(kind, id));
      return {};
    });
  }

  /** The room a `watch` names as `{ <kind>Id: id }`, for a kind some domain provides. */
  private roomOf(payload: unknown): { kind: string; id: string } {
    const fields = payload && typeof payload === 'object' ? Object.entries(payload) : [];
    for (const [key, id] of fields) {
      const kind = key.endsWith('Id') ? key.slice(0, -2) : '';
      if (this.rooms.readerOf(kind) && typeof id === 'string' && id) return { kind, id };
    }
    throw DomainError.of('LIVE_ROOM_UNKNOWN');
  }

  onModuleDestroy(): void {
    for (const timer of this.maxAgeTimers.values()) clearTimeout(timer);
    this.maxAgeTimers.clear();
  }

  /**
   * A member removed from a group (or who left it) stops at once, on every instance, receiving what
   * they may no longer read: every room their connections are in is checked again by its domain.
   */
  private async endMembership(userId: string): Promise<void> {
    const sockets = await this.server.in(liveRoom.user(userId)).fetchSockets();
    if (sockets.length === 0) return;
    const actor = actorOf(sockets[0]);
    for (const name of new Set(sockets.flatMap((socket) => [...socket.rooms]))) {
      if (await this.rooms.mayStayIn(actor, name)) continue;
      this.server.in(liveRoom.user(userId)).socketsLeave(name);
      const room = parseLiveRoom(name)!;
      this.rooms.readerOf(room.kind)?.left?.(room.id);
    }
  }

  /** Closes the connection when its session reaches its absolute lifetime (SESSION_MAX_HOURS). */
  private closeAtMaxAge(socket: Socket, actor: Actor): void {
    const left = actor.session.authenticatedAt + this.config.session.maxHours * 3_600_000 - Date.now();
    if (left > TIMER_MAX_MS) return;
    this.maxAgeTimers.set(socket.id, setTimeout(() => socket.disconnect(true), Math.max(0, left)).unref());
  }
}
