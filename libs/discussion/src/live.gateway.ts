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
import { DomainError, LiveEvents, liveRoom, LiveRoomKind, parseLiveRoom } from '@ouvroir/core';
import { Actor, SessionStore } from '@ouvroir/identity';
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
 * cookie. Clients join channels (re-checked by the discussion's policy, with what they missed
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

  constructor(
    private readonly sessions: SessionStore,
    private readonly discussion: DiscussionService,
    private readonly proposals: ProposalsService,
    private readonly votes: VotesService,
    private readonly live: LiveEvents,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      this.sessions.actorOfCookie(socket.handshake.headers.cookie).then(
        (actor) => {
          if (!actor) return next(new Error('UNAUTHENTICATED'));
          socket.data.actor = actor;
          void socket.join(liveRoom.user(actor.id));
          next();
        },
        (error: unknown) => next(error as Error),
      );
    });
    this.live.subscribe((event) => {
      if (event.name === 'membership:ended') void this.endMembership(event.payload.userId as string);
      else server.to(event.room).emit(event.name, event.payload);
    });
  }

  handleDisconnect(socket: Socket): void {
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
      const actor = actorOf(socket);
      socket
        .to(liveRoom.channel(channelId))
        .emit('typing', { channelId, userId: actor.id, displayName: actor.displayName });
      return {};
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
    for (const timer of this.pendingPresence.values()) clearTimeout(timer);
    this.pendingPresence.clear();
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
  private async answer(socket: Socket, event: string, work: () => Promise<Record<string, unknown>>): Promise<Answer> {
    try {
      return { ok: true, ...(await work()) };
    } catch (error) {
      const known = error instanceof DomainError;
      if (!known) this.logger.error(error);
      const refusal = known
        ? { code: error.code, message: error.message }
        : { code: 'INTERNAL', message: 'Une erreur inattendue est survenue : réessayez.' };
      socket.emit('ouvroir:error', { event, ...refusal });
      return { ok: false, error: refusal };
    }
  }
}
