import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOf, graphqlRequest, messageOf } from '../api/graphql-request';
import { useSession } from '../identity/useSession';
import {
  compareIds,
  discussionChannelQuery,
  loadOlder,
  markChannelRead,
  merge,
  PAGE_SIZE,
  postMessage,
  type Channel,
  type LiveMessage,
  type Message,
} from './discussion';
import { ask, LIVE_RESYNC, useLive } from './live';

type Person = { id: string; displayName: string };

type HistoryState =
  | { status: 'loading' }
  | { status: 'error'; message: string; code?: string }
  | { status: 'success'; permissions: Channel['viewerPermissions']; hasMore: boolean };

/** How long someone stays « en train d’écrire » after their last keystroke, and how often we say we type. */
const TYPING_SHOWN_MS = 5_000;
const TYPING_EMIT_MS = 2_000;

/**
 * A channel as its panel shows it: the history (GraphQL, page by page) merged with the live messages, edits and
 * deletions (Socket.IO), who is there, who is typing; sending goes through the live connection (or GraphQL when
 * it is down), and the newest message shown is marked read.
 */
export function useChannel(channelId: string, onRead?: () => void, revision?: string) {
  const { t } = useTranslation();
  const session = useSession();
  const viewer = session.status === 'signedIn' ? session.user : undefined;
  const { socket } = useLive();
  const [history, setHistory] = useState<HistoryState>({ status: 'loading' });
  const [messages, setMessages] = useState<Message[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  /** How many are present in all: the presence list names the first ones only. */
  const [presentCount, setPresentCount] = useState(0);
  const [typing, setTyping] = useState<(Person & { at: number })[]>([]);
  const [attempt, setAttempt] = useState(0);
  const lastTypingSent = useRef(0);
  const markedUpTo = useRef<string>(undefined);

  /** The latest page, merged into what is shown (first load, and after a reconnection: edits may have been missed). */
  const loadLatest = useCallback(
    () =>
      graphqlRequest(discussionChannelQuery, { id: channelId, first: PAGE_SIZE }).then(({ channel }) => {
        setMessages((shown) => merge(shown, channel.messages.messages));
        setHistory((previous) => ({
          status: 'success',
          permissions: channel.viewerPermissions,
          // Once older pages are loaded, whether more exist is theirs to say.
          hasMore: previous.status === 'success' ? previous.hasMore : channel.messages.hasMore,
        }));
      }),
    [channelId],
  );

  useEffect(() => {
    loadLatest().catch((error: unknown) =>
      setHistory({ status: 'error', message: messageOf(error), code: codeOf(error) }),
    );
    // `revision` is what the channel's permissions follow (a proposal's state): read again when it changes.
  }, [loadLatest, attempt, revision]);

  const retry = useCallback(() => {
    setHistory({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  /** A live message in the panel's shape. */
  const fromLive = useCallback(
    (live: LiveMessage): Message => ({
      id: live.id,
      body: live.body,
      bodyHtml: live.bodyHtml,
      status: live.status,
      createdAt: live.createdAt,
      editedAt: live.editedAt,
      author: { id: live.author.id, displayName: live.author.displayName || t('discussion.someone') },
    }),
    [t],
  );

  const newestId = useEffectEvent(() => messages.at(-1)?.id);
  const reloadAfterReconnection = useEffectEvent(() => void loadLatest().catch(() => undefined));

  // The channel's room: joined at each connection and on `live:resync` (with the id of the newest message held, to
  // get what was missed), left when the panel goes.
  useEffect(() => {
    if (!socket) return;
    let joined = false;
    const join = () => {
      const after = newestId();
      if (joined) reloadAfterReconnection();
      joined = true;
      void ask<{ missed: LiveMessage[] }>(socket, 'channel:join', { channelId, after }, t('errors.network')).then(
        (answer) => {
          if (!answer.ok || answer.missed.length === 0) return;
          const missed = answer.missed.map(fromLive);
          setMessages((shown) => merge(shown, missed));
        },
      );
    };
    const received = (live: LiveMessage) => {
      if (live?.channelId !== channelId) return;
      const message = fromLive(live);
      // A message already shown (sent from here, or received on joining) is not taken twice.
      setMessages((shown) => (shown.some((known) => known.id === message.id) ? shown : merge(shown, [message])));
      setTyping((list) => list.filter((person) => person.id !== live.author.id));
    };
    const updated = (live: LiveMessage) => {
      if (live?.channelId !== channelId) return;
      // An update only changes a message already known; one not shown yet stays out (an older page).
      const change = fromLive(live);
      setMessages((shown) => shown.map((message) => (message.id === change.id ? { ...message, ...change } : message)));
    };
    const presence = (payload: { channelId: string; people: Person[]; count: number }) => {
      if (payload?.channelId !== channelId) return;
      setPeople(payload.people);
      setPresentCount(payload.count);
    };
    const typed = (payload: { channelId: string; userId: string; displayName: string }) => {
      if (payload?.channelId !== channelId) return;
      setTyping((list) => [
        ...list.filter((person) => person.id !== payload.userId),
        { id: payload.userId, displayName: payload.displayName, at: Date.now() },
      ]);
    };
    const lost = () => {
      setPeople([]);
      setPresentCount(0);
    };
    if (socket.connected) join();
    socket.on('connect', join);
    socket.on(LIVE_RESYNC, join);
    socket.on('disconnect', lost);
    socket.on('message', received);
    socket.on('message:updated', updated);
    socket.on('presence', presence);
    socket.on('typing', typed);
    return () => {
      socket.off('connect', join);
      socket.off(LIVE_RESYNC, join);
      socket.off('disconnect', lost);
      socket.off('message', received);
      socket.off('message:updated', updated);
      socket.off('presence', presence);
      socket.off('typing', typed);
      if (socket.connected) socket.emit('channel:leave', { channelId }, () => undefined);
    };
  }, [socket, channelId, t, fromLive]);

  // « … écrit » fades out a few seconds after the last keystroke.
  useEffect(() => {
    if (typing.length === 0) return;
    const oldest = Math.min(...typing.map((person) => person.at));
    const timer = setTimeout(
      () => setTyping((list) => list.filter((person) => Date.now() - person.at < TYPING_SHOWN_MS)),
      Math.max(0, oldest + TYPING_SHOWN_MS - Date.now()) + 50,
    );
    return () => clearTimeout(timer);
  }, [typing]);

  // The newest message shown is read (for the unread counts), once the history is there.
  const newest = history.status === 'success' ? messages.at(-1)?.id : undefined;
  const read = useEffectEvent(() => onRead?.());
  useEffect(() => {
    if (!newest || !viewer) return;
    if (markedUpTo.current && compareIds(newest, markedUpTo.current) <= 0) return;
    const timer = setTimeout(() => {
      markedUpTo.current = newest;
      markChannelRead(channelId, newest).then(
        () => read(),
        () => {
          markedUpTo.current = undefined;
        },
      );
    }, 500);
    return () => clearTimeout(timer);
  }, [newest, channelId, viewer]);

  /** Appends the previous page; resolves to the ids added (oldest first), or to the error's message. */
  const loadPrevious = useCallback(async (): Promise<{ added: string[] } | { error: string }> => {
    const oldest = messages[0]?.id;
    if (!oldest) return { added: [] };
    try {
      const page = await loadOlder(channelId, oldest);
      setMessages((shown) => merge(shown, page.messages));
      setHistory((previous) => (previous.status === 'success' ? { ...previous, hasMore: page.hasMore } : previous));
      return { added: page.messages.map((message) => message.id).sort(compareIds) };
    } catch (error) {
      return { error: messageOf(error) };
    }
  }, [messages, channelId]);

  /** Sends a message; resolves to undefined once sent, or to the error's message (the text typed stays). */
  const send = useCallback(
    async (body: string): Promise<string | undefined> => {
      if (socket?.connected) {
        const answer = await ask<{ message: LiveMessage }>(
          socket,
          'message:send',
          { channelId, body },
          t('errors.network'),
        );
        if (!answer.ok) return answer.error.message;
        const message = fromLive(answer.message);
        setMessages((shown) => merge(shown, [message]));
        return undefined;
      }
      try {
        const message = await postMessage(channelId, body);
        setMessages((shown) => merge(shown, [message]));
        return undefined;
      } catch (error) {
        return messageOf(error);
      }
    },
    [socket, channelId, t, fromLive],
  );

  /** Says that the viewer is typing, at most every few seconds. */
  const type = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastTypingSent.current < TYPING_EMIT_MS) return;
    lastTypingSent.current = now;
    socket.emit('typing', { channelId }, () => undefined);
  }, [socket, channelId]);

  /** A message changed through GraphQL (edited, deleted, removed), shown at once. */
  const replace = useCallback((message: Message) => setMessages((shown) => merge(shown, [message])), []);

  return {
    history,
    messages,
    people,
    presentCount,
    typing: typing.filter((person) => person.id !== viewer?.id),
    viewerId: viewer?.id,
    retry,
    loadPrevious,
    send,
    type,
    replace,
  };
}
