import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphqlRequestError, messageOf } from '../api/graphql-request';
import {
  channelQuery,
  compareIds,
  showMessages,
  showOlderMessages,
  usePostMessage,
  type LiveMessage,
  type Message,
} from './discussion';
import { ask, LIVE_RESYNC, useLive } from './live';

const noMessages: Message[] = [];

/**
 * A channel's messages: its history (GraphQL, page by page, in the cache), to which the live connection adds the new
 * messages, edits and deletions as they come. The channel's room is joined at each connection and on `live:resync`
 * (with the id of the newest message held, to get what was missed), and left when the panel goes. `revision` is what
 * the viewer's permissions there follow (a proposal's state): they are read again when it changes.
 */
export function useChannelMessages(channelId: string, revision?: string) {
  const { t } = useTranslation();
  const cache = useQueryClient();
  const { socket } = useLive();
  const history = useQuery(channelQuery(channelId));
  const messages = history.data?.messages ?? noMessages;
  const { mutateAsync: post } = usePostMessage(channelId);

  const revised = useRef(revision);
  useEffect(() => {
    if (revised.current === revision) return;
    revised.current = revision;
    void cache.invalidateQueries({ queryKey: channelQuery(channelId).queryKey });
  }, [cache, channelId, revision]);

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

  useEffect(() => {
    if (!socket) return;
    const { queryKey } = channelQuery(channelId);
    let joined = false;
    const join = () => {
      const after = newestId();
      // After a reconnection, the latest page is read again: edits and deletions may have been missed.
      if (joined) void cache.invalidateQueries({ queryKey });
      joined = true;
      void ask<{ missed: LiveMessage[] }>(socket, 'channel:join', { channelId, after }, t('errors.network')).then(
        (answer) => answer.ok && showMessages(cache, channelId, answer.missed.map(fromLive)),
      );
    };
    const received = (live: LiveMessage) => {
      if (live?.channelId !== channelId) return;
      const message = fromLive(live);
      // A message already shown (sent from here, or received on joining) is not taken twice.
      if (!cache.getQueryData(queryKey)?.messages.some((known) => known.id === message.id)) {
        showMessages(cache, channelId, [message]);
      }
    };
    const updated = (live: LiveMessage) => {
      if (live?.channelId !== channelId) return;
      // An update only changes a message already known; one not shown yet stays out (an older page).
      const change = fromLive(live);
      cache.setQueryData(
        queryKey,
        (shown) =>
          shown && {
            ...shown,
            messages: shown.messages.map((message) => (message.id === change.id ? { ...message, ...change } : message)),
          },
      );
    };
    if (socket.connected) join();
    socket.on('connect', join);
    socket.on(LIVE_RESYNC, join);
    socket.on('message', received);
    socket.on('message:updated', updated);
    return () => {
      socket.off('connect', join);
      socket.off(LIVE_RESYNC, join);
      socket.off('message', received);
      socket.off('message:updated', updated);
      if (socket.connected) socket.emit('channel:leave', { channelId }, () => undefined);
    };
  }, [socket, channelId, t, fromLive, cache]);

  /** Puts the previous page before the messages; resolves to the ids added (oldest first), or to the error's message. */
  const loadPrevious = useCallback(async (): Promise<{ added: string[] } | { error: string }> => {
    const oldest = messages[0]?.id;
    if (!oldest) return { added: [] };
    try {
      const page = await showOlderMessages(cache, channelId, oldest);
      return { added: page.map((message) => message.id).sort(compareIds) };
    } catch (error) {
      return { error: messageOf(error) };
    }
  }, [messages, channelId, cache]);

  /** Sends a message; rejects with the refusal (a `GraphqlRequestError`, the live one too) for the form to show. */
  const send = useCallback(
    async (body: string): Promise<void> => {
      if (!socket?.connected) {
        await post({ channelId, body });
        return;
      }
      const answer = await ask<{ message: LiveMessage }>(
        socket,
        'message:send',
        { channelId, body },
        t('errors.network'),
      );
      if (!answer.ok) throw new GraphqlRequestError(answer.error.message, answer.error.code);
      showMessages(cache, channelId, [fromLive(answer.message)]);
    },
    [socket, channelId, t, fromLive, cache, post],
  );

  return { history, messages, loadPrevious, send };
}
