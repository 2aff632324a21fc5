import type { QueryClient } from '@tanstack/react-query';
import type { Socket } from 'socket.io-client';
import { graphqlQuery } from '../api/queries';
import { i18n } from '../i18n';
import { ask, LIVE_RESYNC } from './live';
import { myChannelsQuery, type MentionNews, type MyChannel } from './useMyChannels';

/** Several reasons to read the list again within this delay make one request. */
const REFRESH_DELAY_MS = 300;

type Activity = { channelId: string; messageId: string; authorId: string };
type Read = { channelId: string; lastReadId: string };
type Mention = { channelId: string; messageId: string; author: { id: string; displayName: string } };

const idsKey = (ids: readonly string[]) => [...ids].sort().join(',');

/** The signed-in person's channels, in the cache. */
export const myChannelsList = graphqlQuery(myChannelsQuery);

/**
 * Keeps the signed-in person's channels and unread counts (in the cache) up to date through the live connection:
 * `unread:follow` at each connection (and when the list changed) makes the API send `channel:activity` for every new
 * message in them, counted at once unless the viewer wrote it or has the channel on screen; `channel:read` zeroes a
 * channel (and, from another of the viewer's pages, reads the list again, soon), as do `mention` and an activity in a
 * channel not listed. A count raised while the list was being read is checked by reading it once more.
 */
export class MyChannelsFollower {
  private mention: MentionNews | undefined;
  private readonly listeners = new Set<() => void>();
  /** Channels on screen, with how many components show each. */
  private readonly shown = new Map<string, number>();
  private followed = '';
  private socket: Socket | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private active = false;

  constructor(
    private readonly viewerId: string,
    private readonly cache: QueryClient,
  ) {}

  /** The mention last received, for the components that announce it. */
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getMention = () => this.mention;

  /** Starts following (the provider mounted); `stop` ends every pending work. */
  start() {
    this.active = true;
  }

  stop() {
    this.active = false;
    clearTimeout(this.timer);
  }

  /** Listens to the live connection while it is the app's; returns what stops listening. */
  attach(socket: Socket): () => void {
    this.socket = socket;
    let connectedBefore = false;
    const connected = () => {
      this.follow();
      // What happened while the connection was down is read again.
      if (connectedBefore) this.refresh();
      connectedBefore = true;
    };
    if (socket.connected) connected();
    socket.on('connect', connected);
    socket.on(LIVE_RESYNC, connected);
    socket.on('channel:activity', this.activity);
    socket.on('channel:read', this.read);
    socket.on('mention', this.mentioned);
    return () => {
      socket.off('connect', connected);
      socket.off(LIVE_RESYNC, connected);
      socket.off('channel:activity', this.activity);
      socket.off('channel:read', this.read);
      socket.off('mention', this.mentioned);
      if (this.socket === socket) this.socket = null;
    };
  }

  readonly refresh = () => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.active) void this.cache.invalidateQueries({ queryKey: myChannelsList.queryKey });
    }, REFRESH_DELAY_MS);
  };

  readonly show = (channelId: string) => {
    this.shown.set(channelId, (this.shown.get(channelId) ?? 0) + 1);
    return () => {
      const count = (this.shown.get(channelId) ?? 1) - 1;
      if (count > 0) this.shown.set(channelId, count);
      else this.shown.delete(channelId);
    };
  };

  /** The list as read: a channel joined (a group, a proposal's discussion read or mentioned in) is followed too. */
  listed(channels: MyChannel[]) {
    if (idsKey(channels.map((channel) => channel.id)) !== this.followed) this.follow();
  }

  private follow() {
    const socket = this.socket;
    if (!socket?.connected) return;
    void ask<{ channelIds: string[] }>(socket, 'unread:follow', undefined, i18n.t('errors.network')).then((answer) => {
      if (!answer.ok || !this.active) return;
      this.followed = idsKey(answer.channelIds);
      // The API follows a channel the list does not have yet (joined meanwhile): the list is read again.
      if (this.channels() && answer.channelIds.some((id) => !this.knows(id))) this.refresh();
    });
  }

  private readonly activity = (payload: Activity) => {
    if (!payload?.channelId) return;
    if (!this.knows(payload.channelId)) return this.refresh();
    const counted = payload.authorId !== this.viewerId && !this.shown.has(payload.channelId);
    this.update(payload.channelId, (channel) =>
      counted ? { ...channel, unreadCount: channel.unreadCount + 1 } : channel,
    );
    // A message counted while the list is being read may be in its answer or not: read once more to be sure.
    if (counted && this.cache.isFetching({ queryKey: myChannelsList.queryKey }) > 0) this.refresh();
  };

  private readonly read = (payload: Read) => {
    if (!payload?.channelId) return;
    // Read up to the newest message, most often: shown at once. Read on another page (a tab), it is checked; read on
    // this one, as messages come, it is not (a room of fifty would otherwise ask for the list at each message).
    this.update(payload.channelId, (channel) => ({ ...channel, unreadCount: 0, unreadMentionCount: 0 }), false);
    if (!this.shown.has(payload.channelId)) this.refresh();
  };

  private readonly mentioned = (payload: Mention) => {
    if (!payload?.channelId) return;
    // On screen, the mention is read as it comes (`channel:read` follows); elsewhere it is counted and announced.
    if (this.shown.has(payload.channelId) && this.knows(payload.channelId)) return;
    this.refresh();
    if (!this.shown.has(payload.channelId)) {
      this.mention = { author: payload.author?.displayName ?? '', key: Date.now() };
      for (const listener of this.listeners) listener();
    }
  };

  private channels() {
    return this.cache.getQueryData(myChannelsList.queryKey)?.myChannels;
  }

  /** Whether the list holds this channel. */
  private knows(channelId: string) {
    return this.channels()?.some((channel) => channel.id === channelId) ?? false;
  }

  /** Changes a known channel; a new message (`first`) brings it to the top of the list, the most active first. */
  private update(channelId: string, change: (channel: MyChannel) => MyChannel, first = true) {
    this.cache.setQueryData(myChannelsList.queryKey, (list) => {
      const channel = list?.myChannels.find((candidate) => candidate.id === channelId);
      if (!list || !channel) return list;
      const changed = change(channel);
      const others = list.myChannels.filter((candidate) => candidate.id !== channelId);
      return {
        myChannels: first
          ? [changed, ...others]
          : list.myChannels.map((candidate) => (candidate === channel ? changed : candidate)),
      };
    });
  }
}
