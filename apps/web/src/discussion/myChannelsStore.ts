import type { Socket } from 'socket.io-client';
import { graphqlRequest, messageOf } from '../api/graphql-request';
import { i18n } from '../i18n';
import { ask, LIVE_RESYNC } from './live';
import {
  myChannelsQuery,
  type MentionNews,
  type MyChannel,
  type MyChannels,
  type MyChannelsState,
} from './useMyChannels';

/** Several reasons to read the list again within this delay make one request. */
const REFRESH_DELAY_MS = 300;

type Activity = { channelId: string; messageId: string; authorId: string };
type Read = { channelId: string; lastReadId: string };
type Mention = { channelId: string; messageId: string; author: { id: string; displayName: string } };

const idsKey = (ids: readonly string[]) => [...ids].sort().join(',');

/**
 * The signed-in person's channels and unread counts, kept up to date through the live connection: `unread:follow`
 * at each connection (and when the list changed) makes the API send `channel:activity` for every new message in
 * them, counted at once unless the viewer wrote it or has the channel on screen; `channel:read` zeroes a channel
 * (and, from another of the viewer's pages, reads the list again, soon), as do `mention` and an activity in a channel
 * not listed. A count raised while the list was being read is checked by reading it once more.
 */
export class MyChannelsStore {
  private state: MyChannelsState = { status: 'loading' };
  private mention: MentionNews | undefined;
  private snapshot: MyChannels;
  private readonly listeners = new Set<() => void>();
  /** Channels on screen, with how many components show each. */
  private readonly shown = new Map<string, number>();
  private followed = '';
  private socket: Socket | null = null;
  private loading = 0;
  /** The number of the latest request: an older answer arriving after it is dropped. */
  private requests = 0;
  private stale = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private active = false;

  constructor(private readonly viewerId: string) {
    this.snapshot = this.snap();
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.snapshot;

  /** Starts loading (the provider mounted); `stop` ends every pending work. */
  start() {
    this.active = true;
    void this.load();
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
    this.timer = setTimeout(() => void this.load(), REFRESH_DELAY_MS);
  };

  readonly retry = () => {
    this.publish({ status: 'loading' });
    void this.load();
  };

  readonly show = (channelId: string) => {
    this.shown.set(channelId, (this.shown.get(channelId) ?? 0) + 1);
    return () => {
      const count = (this.shown.get(channelId) ?? 1) - 1;
      if (count > 0) this.shown.set(channelId, count);
      else this.shown.delete(channelId);
    };
  };

  private async load() {
    if (!this.active) return;
    this.loading += 1;
    this.stale = false;
    const request = ++this.requests;
    try {
      const { myChannels } = await graphqlRequest(myChannelsQuery);
      if (!this.active || request !== this.requests) return;
      this.publish({ status: 'success', channels: myChannels });
      // A channel joined (a group, a proposal's discussion read or mentioned in): its activity is followed too.
      if (idsKey(myChannels.map((channel) => channel.id)) !== this.followed) this.follow();
    } catch (error) {
      // A failure to refresh keeps the counts shown; only the first load says it failed.
      if (this.active && this.state.status !== 'success') this.publish({ status: 'error', message: messageOf(error) });
    } finally {
      this.loading -= 1;
      // A message counted while the list was read may be in it or not: read once more to be sure.
      if (this.loading === 0 && this.stale) this.refresh();
    }
  }

  private follow() {
    const socket = this.socket;
    if (!socket?.connected) return;
    void ask<{ channelIds: string[] }>(socket, 'unread:follow', undefined, i18n.t('errors.network')).then((answer) => {
      if (!answer.ok || !this.active) return;
      this.followed = idsKey(answer.channelIds);
      // The API follows a channel the list does not have yet (joined meanwhile): the list is read again.
      if (this.state.status === 'success' && answer.channelIds.some((id) => !this.knows(id))) this.refresh();
    });
  }

  private readonly activity = (payload: Activity) => {
    if (!payload?.channelId) return;
    if (!this.knows(payload.channelId)) return this.refresh();
    const counted = payload.authorId !== this.viewerId && !this.shown.has(payload.channelId);
    if (counted && this.loading > 0) this.stale = true;
    this.update(payload.channelId, (channel) =>
      counted ? { ...channel, unreadCount: channel.unreadCount + 1 } : channel,
    );
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
      this.publish(this.state);
    }
  };

  /** Whether the list holds this channel. */
  private knows(channelId: string) {
    return this.state.status === 'success' && this.state.channels.some((channel) => channel.id === channelId);
  }

  /** Changes a known channel; a new message (`first`) brings it to the top of the list, the most active first. */
  private update(channelId: string, change: (channel: MyChannel) => MyChannel, first = true) {
    if (this.state.status !== 'success') return;
    const channel = this.state.channels.find((candidate) => candidate.id === channelId);
    if (!channel) return;
    const others = this.state.channels.filter((candidate) => candidate.id !== channelId);
    const changed = change(channel);
    const channels = first
      ? [changed, ...others]
      : this.state.channels.map((candidate) => (candidate === channel ? changed : candidate));
    this.publish({ status: 'success', channels });
  }

  private publish(state: MyChannelsState) {
    this.state = state;
    this.snapshot = this.snap();
    for (const listener of this.listeners) listener();
  }

  private snap(): MyChannels {
    const channels = this.state.status === 'success' ? this.state.channels : [];
    return {
      state: this.state,
      unread: channels.reduce((sum, channel) => sum + channel.unreadCount, 0),
      mentions: channels.reduce((sum, channel) => sum + channel.unreadMentionCount, 0),
      refresh: this.refresh,
      retry: this.retry,
      show: this.show,
      mention: this.mention,
    };
  }
}
