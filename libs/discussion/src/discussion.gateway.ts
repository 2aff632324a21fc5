import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { LiveClientEvents, LiveServerEvents } from '@ouvroir/contracts';
import { DomainError, SignedIn } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { actorOf, LiveAnswers, LiveRoomReader, payloadField } from '@ouvroir/live';
import type { Server, Socket } from 'socket.io';
import { MISSED_MAX } from './discussion.repository';
import { channelRoom, unreadRoom } from './discussion-rooms';
import { DiscussionService, livePayload } from './discussion.service';

/** Presence is announced at most this often per channel, and names this many people at most. */
const PRESENCE_DELAY_MS = 500;
const PRESENCE_LIST_MAX = 50;
/** One connection announces typing at most this often; more is dropped. */
export const TYPING_INTERVAL_MS = 1_000;

/** What the discussion keeps on a connection: the channels it joined, when it last announced typing. */
interface DiscussionSocketData {
  channels?: Set<string>;
  typedAt?: number;
}

/** A connection's data as the discussion keeps it (Socket.IO leaves `socket.data` untyped). */
const discussionData = (socket: Socket) => socket.data as DiscussionSocketData;

/**
 * The discussion's live events on the shared connection (libs/live authenticates it): clients join
 * channels (re-checked by the discussion's policy, with what they missed since their last message),
 * send messages (stored before they are broadcast), show presence and typing, and follow the unread
 * counts of their channels.
 */
@WebSocketGateway()
export class DiscussionGateway implements OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(DiscussionGateway.name);

  @WebSocketServer()
  server: Server<LiveClientEvents, LiveServerEvents>;

  private readonly pendingPresence = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly discussion: DiscussionService,
    private readonly answers: LiveAnswers,
  ) {}

  handleDisconnect(socket: Socket): void {
    for (const joined of discussionData(socket).channels ?? []) this.schedulePresence(joined);
  }

  @SignedIn()
  @SubscribeMessage('channel:join')
  join(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answers.answer(socket, 'channel:join', async () => {
      const channelId = payloadField(payload, 'channelId');
      const after = payloadField(payload, 'after', true);
      const { channel } = await this.discussion.open(actorOf(socket), channelId);
      // Joined before reading what was missed, so that nothing falls between the two; a message
      // may then come both ways, and clients drop the ids they already have.
      await socket.join(channelRoom(channelId));
      const missed = after
        ? await this.discussion.missed(channel, after).catch(async (error: unknown) => {
            await socket.leave(channelRoom(channelId));
            throw error;
          })
        : [];
      (discussionData(socket).channels ??= new Set()).add(channelId);
      this.schedulePresence(channelId);
      // `truncated`: more were missed than one answer carries; the client reads the rest through GraphQL.
      return { missed: await this.discussion.payloads(missed), truncated: missed.length === MISSED_MAX };
    });
  }

  @SignedIn()
  @SubscribeMessage('channel:leave')
  leave(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answers.answer(socket, 'channel:leave', async () => {
      const channelId = payloadField(payload, 'channelId');
      await socket.leave(channelRoom(channelId));
      discussionData(socket).channels?.delete(channelId);
      this.schedulePresence(channelId);
      return {};
    });
  }

  @SignedIn()
  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answers.answer(socket, 'message:send', async () => {
      const actor = actorOf(socket);
      const body = (payload as { body?: unknown } | null)?.body;
      const message = await this.discussion.post(actor, payloadField(payload, 'channelId'), body);
      return { message: livePayload(message, actor.displayName) };
    });
  }

  @SignedIn()
  @SubscribeMessage('typing')
  typing(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown) {
    return this.answers.answer(socket, 'typing', () => {
      const channelId = payloadField(payload, 'channelId');
      if (!socket.rooms.has(channelRoom(channelId))) throw DomainError.of('CHANNEL_NOT_JOINED');
      // Throttled: a client sending a key stroke at a time would otherwise flood the room.
      const now = Date.now();
      const data = discussionData(socket);
      if (now - (data.typedAt ?? 0) < TYPING_INTERVAL_MS) return { sent: false };
      data.typedAt = now;
      const actor = actorOf(socket);
      socket.to(channelRoom(channelId)).emit('typing', { channelId, userId: actor.id, displayName: actor.displayName });
      return { sent: true };
    });
  }

  /**
   * Follows the unread counts of the actor's channels (`myChannels`): `channel:activity` for each
   * new message there. Sent again after reconnecting, or when the list of channels changed.
   */
  @SignedIn()
  @SubscribeMessage('unread:follow')
  followUnread(@ConnectedSocket() socket: Socket) {
    return this.answers.answer(socket, 'unread:follow', async () => {
      const channels = await this.discussion.myChannels(actorOf(socket));
      await socket.join(channels.map((channel) => unreadRoom(channel.id)));
      return { channelIds: channels.map((channel) => channel.id) };
    });
  }

  /**
   * Announces who is in the channel, at most once per PRESENCE_DELAY_MS per channel: a room of a
   * thousand filling up would otherwise send a thousand lists to a thousand clients.
   */
  schedulePresence(channelId: string): void {
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
      .in(channelRoom(channelId))
      .fetchSockets()
      .catch((error: Error) => {
        this.logger.warn(`presence of ${channelId} not updated: ${error.message}`);
        return null;
      });
    if (!sockets) return;
    const people = new Map(sockets.map((socket) => [actorOf(socket).id, actorOf(socket).displayName]));
    this.server.to(channelRoom(channelId)).emit('presence', {
      channelId,
      count: people.size,
      people: [...people].slice(0, PRESENCE_LIST_MAX).map(([id, displayName]) => ({ id, displayName })),
    });
  }

  onModuleDestroy(): void {
    for (const timer of this.pendingPresence.values()) clearTimeout(timer);
    this.pendingPresence.clear();
  }
}

/** A channel's readers: those the discussion's policy lets open it; who is left there is announced again. */
@Injectable()
@LiveRoomReader('channel')
export class ChannelRoomReader implements LiveRoomReader {
  constructor(
    private readonly discussion: DiscussionService,
    private readonly gateway: DiscussionGateway,
  ) {}

  assertReadable(actor: Actor, id: string) {
    return this.discussion.open(actor, id);
  }

  left(id: string): void {
    this.gateway.schedulePresence(id);
  }
}

/** Those who count a channel's unread messages without showing it: its readers too. */
@Injectable()
@LiveRoomReader('unread')
export class UnreadRoomReader implements LiveRoomReader {
  constructor(private readonly discussion: DiscussionService) {}

  assertReadable(actor: Actor, id: string) {
    return this.discussion.open(actor, id);
  }
}
