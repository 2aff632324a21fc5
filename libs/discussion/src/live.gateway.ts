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
import {
  AppConfig,
  DomainError,
  InjectConfig,
  LiveEvents,
  liveRoom,
  LiveRoomKind,
  parseLiveRoom,
  requestIdFrom,
  runInRequest,
  SESSION_ENDED,
} from '@ouvroir/core';
import { Actor, SessionStore, sessionTag } from '@ouvroir/identity';
import { ProposalsService } from '@ouvroir/proposals';
import { VotesService } from '@ouvroir/votes';
import type { Server, Socket } from 'socket.io';
import { DiscussionService, livePayload } from './discussion.service';
import { MISSED_MAX } from './discussion.repository';

/** What a handler answers through the client's acknowledgement. */
type Answer = { ok: true; [key: string]: unknown } | { ok: false; error: { code: string; message: string } };

const actorOf = (socket: Socket) => socket.data.actor as Actor;

/** Presence is announced at most this often per channel, and names this many people at most. */
const PRESENCE_DELAY_MS = 500;
const PRESENCE_LIST_MAX = 50;
/** A connection's session is read again at its first event after this long (it may have ended meanwhile). */
export const SESSION_RECHECK_MS = 5_000;
/** One connection announces typing at most this often; more is dropped. */
export const TYPING_INTERVAL_MS = 1_000;
/** The longest a timer may wait (setTimeout's bound): longer sessions are closed by the re-check. */
const TIMER_MAX_MS = 2 ** 31 - 1;

/** A payload's string field, or a BAD_USER_INPUT naming it. */
function field(payload: unknown, name: string, optional = false): string | undefined {
  const value = (payload as Record<string, unknown> | null)?.[name];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || !value) {
    throw new DomainError('BAD_USER_INPUT', `Champ « ${name} » manquant ou invalide.`, { field: name });
  }
  return value;
}

/**
 * The live connections (Socket.IO), authenticated at the handshake by the web pages' session
 * cookie, from a page of PUBLIC_URL (or a client that is no browser), and closed when the session
 * ends: at logout, suspension, erasure or a smaller role (SESSION_ENDED, on every instance), at its
 * absolute lifetime, or when an event finds it gone (read again every SESSION_RECHECK_MS). Clients join channels (re-checked by the discussion's policy, with what they missed
 * since their last message), send messages (stored before they are broadcast), show presence and
 * typing, and watch proposals and votes, whose changes the domains announce through LiveEvents.
 * Every refusal answers `{ ok: false, error: { code, message } }`, also sent as an `ouvroir:error`
 * event, and the connection stays open.
 */
@WebSocketGateway()
export class LiveGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(LiveGateway.name);

  @WebSocketServer()
  server: Server;

  private readonly pendingPresence = new Map<string, NodeJS.Timeout>();
  /** Per connection id; not in socket.data, which the Redis adapter sends to other instances. */
  private readonly maxAgeTimers = new Map<string, NodeJS.Timeout>();
  private readonly origin: string;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly sessions: SessionStore,
    private readonly discussion: DiscussionService,
    private readonly proposals: ProposalsService,
    private readonly votes: VotesService,
    private readonly live: LiveEvents,
  ) {
    this.origin = new URL(config.publicUrl).origin;
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
          socket.data.actor = actor;
          socket.data.checkedAt = Date.now();
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
    for (const joined of (socket.data.channels as Set<string> | undefined) ?? []) this.schedulePresence(joined);
  }

  @SubscribeMessage('channel:join')
  join(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answer(socket, 'channel:join', async () => {
      const channelId = field(payload, 'channelId')!;
      const after = field(payload, 'after', true);
      const actor = actorOf(socket);
      const { channel } = await this.discussion.open(actor, channelId);
      // Joined before reading what was missed, so that nothing falls between the two; a message
      // may then come both ways, and clients drop the ids they already have.
      await socket.join(liveRoom.channel(channelId));
      const missed = after
        ? await this.discussion.missed(channel, after).catch(async (error: unknown) => {
            await socket.leave(liveRoom.channel(channelId));
            throw error;
          })
        : [];
      ((socket.data.channels ??= new Set<string>()) as Set<string>).add(channelId);
      this.schedulePresence(channelId);
      // `truncated`: more were missed than one answer carries; the client reads the rest through GraphQL.
      return { missed: await this.discussion.payloads(missed), truncated: missed.length === MISSED_MAX };
    });
  }

  @SubscribeMessage('channel:leave')
  leave(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answer(socket, 'channel:leave', async () => {
      const channelId = field(payload, 'channelId')!;
      await socket.leave(liveRoom.channel(channelId));
      (socket.data.channels as Set<string> | undefined)?.delete(channelId);
      this.schedulePresence(channelId);
      return {};
    });
  }

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answer(socket, 'message:send', async () => {
      const actor = actorOf(socket);
      const message = await this.discussion.post(
        actor,
        field(payload, 'channelId')!,
        (payload as { body?: unknown })?.body,
      );
      return { message: livePayload(message, actor.displayName) };
    });
  }

  @SubscribeMessage('typing')
  typing(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answer(socket, 'typing', async () => {
      const channelId = field(payload, 'channelId')!;
      if (!socket.rooms.has(liveRoom.channel(channelId))) {
        throw new DomainError('CONFLICT', 'Rejoignez le salon avant d’y écrire.');
      }
      // Throttled: a client sending a key stroke at a time would otherwise flood the room.
      const now = Date.now();
      if (now - ((socket.data.typedAt as number | undefined) ?? 0) < TYPING_INTERVAL_MS) return { sent: false };
      socket.data.typedAt = now;
      const actor = actorOf(socket);
      socket
        .to(liveRoom.channel(channelId))
        .emit('typing', { channelId, userId: actor.id, displayName: actor.displayName });
      return { sent: true };
    });
  }

  /**
   * Follows the unread counts of the actor's channels (`myChannels`): `channel:activity` for each
   * new message there. Sent again after reconnecting, or when the list of channels changed.
   */
  @SubscribeMessage('unread:follow')
  followUnread(@ConnectedSocket() socket: Socket) {
    return this.answer(socket, 'unread:follow', async () => {
      const channels = await this.discussion.myChannels(actorOf(socket));
      await socket.join(channels.map((channel) => liveRoom.unread(channel.id)));
      return { channelIds: channels.map((channel) => channel.id) };
    });
  }

  /** Follows a proposal's or a vote's changes (state, revisions, comments, turnout…), if the actor may read it. */
  @SubscribeMessage('watch')
  watch(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answer(socket, 'watch', async () => {
      const proposalId = field(payload, 'proposalId', true);
      const voteId = proposalId ? undefined : field(payload, 'voteId');
      if (proposalId) await this.proposals.get(actorOf(socket), proposalId);
      else await this.votes.get(actorOf(socket), voteId!);
      await socket.join(proposalId ? liveRoom.proposal(proposalId) : liveRoom.vote(voteId!));
      return {};
    });
  }

  /** Stops following a proposal's or a vote's changes. */
  @SubscribeMessage('unwatch')
  unwatch(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answer(socket, 'unwatch', async () => {
      const proposalId = field(payload, 'proposalId', true);
      await socket.leave(proposalId ? liveRoom.proposal(proposalId) : liveRoom.vote(field(payload, 'voteId')!));
      return {};
    });
  }

  /**
   * Announces who is in the channel, at most once per PRESENCE_DELAY_MS per channel: a room of a
   * thousand filling up would otherwise send a thousand lists to a thousand clients.
   */
  private schedulePresence(channelId: string): void {
    if (this.pendingPresence.has(channelId)) return;
    const timer = setTimeout(() => {
      this.pendingPresence.delete(channelId);
      void this.announcePresence(channelId);
    }, PRESENCE_DELAY_MS);
    this.pendingPresence.set(channelId, timer);
  }

  /**
   * Who is in the channel now, on every instance: the first PRESENCE_LIST_MAX people and how many
   * in all. Ephemeral, so a missed update is only logged.
   */
  private async announcePresence(channelId: string): Promise<void> {
    const sockets = await this.server
      .in(liveRoom.channel(channelId))
      .fetchSockets()
      .catch((error: Error) => {
        this.logger.warn(`presence of ${channelId} not updated: ${error.message}`);
        return null;
      });
    if (!sockets) return;
    const people = new Map(sockets.map((s) => [actorOf(s as never).id, actorOf(s as never).displayName]));
    this.server.to(liveRoom.channel(channelId)).emit('presence', {
      channelId,
      count: people.size,
      people: [...people].slice(0, PRESENCE_LIST_MAX).map(([id, displayName]) => ({ id, displayName })),
    });
  }

  onModuleDestroy(): void {
    for (const timer of [...this.pendingPresence.values(), ...this.maxAgeTimers.values()]) clearTimeout(timer);
    this.pendingPresence.clear();
    this.maxAgeTimers.clear();
  }

  /**
   * A member removed from a group (or who left it) stops at once, on every instance, receiving what
   * they may no longer read: every room their connections are in is checked again (the group's
   * channel and its unread count, its proposals' channels, proposal and vote pages).
   */
  private async endMembership(userId: string): Promise<void> {
    const sockets = await this.server.in(liveRoom.user(userId)).fetchSockets();
    if (sockets.length === 0) return;
    const actor = actorOf(sockets[0] as never);
    for (const name of new Set(sockets.flatMap((socket) => [...socket.rooms]))) {
      const joined = parseLiveRoom(name);
      if (!joined || (await this.mayStayIn(actor, joined))) continue;
      this.server.in(liveRoom.user(userId)).socketsLeave(name);
      if (joined.kind === 'channel') this.schedulePresence(joined.id);
    }
  }

  /** Whether the actor may still be in this room: its channel, proposal or vote is still theirs to read. */
  private mayStayIn(actor: Actor, { kind, id }: { kind: LiveRoomKind; id: string }): Promise<boolean> {
    const read: Record<LiveRoomKind, () => Promise<unknown>> = {
      user: async () => undefined,
      session: async () => undefined,
      channel: () => this.discussion.open(actor, id),
      unread: () => this.discussion.open(actor, id),
      proposal: () => this.proposals.get(actor, id),
      vote: () => this.votes.get(actor, id),
    };
    return read[kind]().then(
      () => true,
      () => false,
    );
  }

  /**
   * Runs a client event: `{ ok: true, … }` through the acknowledgement, or, refused, `{ ok: false,
   * error }` there and as an `ouvroir:error` event (for clients that sent no acknowledgement).
   */
  private answer(socket: Socket, event: string, work: () => Promise<Record<string, unknown>>): Promise<Answer> {
    // The handshake's x-request-id when it had one, else a new id per event, as HTTP requests get.
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
    if (Date.now() - (socket.data.checkedAt as number) < SESSION_RECHECK_MS) return;
    const actor = await this.sessions.actorOfCookie(socket.handshake.headers.cookie);
    if (!actor) {
      // After the answer, so that the client learns why.
      setImmediate(() => socket.disconnect(true));
      throw new DomainError('UNAUTHENTICATED', 'Votre session a pris fin : identifiez-vous de nouveau.');
    }
    socket.data.actor = actor;
    socket.data.checkedAt = Date.now();
  }

  /** Closes the connection when its session reaches its absolute lifetime (SESSION_MAX_HOURS). */
  private closeAtMaxAge(socket: Socket, actor: Actor): void {
    const left = actor.session.authenticatedAt + this.config.session.maxHours * 3_600_000 - Date.now();
    if (left > TIMER_MAX_MS) return;
    this.maxAgeTimers.set(socket.id, setTimeout(() => socket.disconnect(true), Math.max(0, left)).unref());
  }
}
