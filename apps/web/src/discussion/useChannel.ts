import { useEffect, useEffectEvent, useRef } from 'react';
import { messageOf } from '../api/graphql-request';
import { useSession } from '../identity/useSession';
import { compareIds, useMarkChannelRead, type Channel } from './discussion';
import { useChannelMessages } from './useChannelMessages';
import { useChannelPresence } from './useChannelPresence';

type HistoryState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'success'; permissions: Channel['viewerPermissions']; hasMore: boolean };

/**
 * A channel as its panel shows it: the history merged with the live messages, edits and deletions, who is there, who
 * is typing; sending goes through the live connection (or GraphQL when it is down), and the newest message shown is
 * marked read.
 */
export function useChannel(channelId: string, onRead?: () => void, revision?: string) {
  const session = useSession();
  const viewerId = session.status === 'signedIn' ? session.user.id : undefined;
  const { history, messages, loadPrevious, send } = useChannelMessages(channelId, revision);
  const presence = useChannelPresence(channelId, viewerId);
  useMarkRead(channelId, history.data ? messages.at(-1)?.id : undefined, viewerId, onRead);

  let state: HistoryState;
  if (history.data) {
    state = { status: 'success', permissions: history.data.permissions, hasMore: history.data.hasMore };
  } else if (history.isError) state = { status: 'error', message: messageOf(history.error) };
  else state = { status: 'loading' };

  return {
    ...presence,
    history: state,
    messages,
    viewerId,
    retry: () => void history.refetch(),
    loadPrevious,
    send,
  };
}

/** The newest message shown is marked read (for the unread counts), once the history is there. */
function useMarkRead(channelId: string, newest: string | undefined, viewerId?: string, onRead?: () => void) {
  const { mutateAsync: markRead } = useMarkChannelRead();
  const markedUpTo = useRef<string>(undefined);
  const read = useEffectEvent(() => onRead?.());
  useEffect(() => {
    if (!newest || !viewerId) return;
    if (markedUpTo.current && compareIds(newest, markedUpTo.current) <= 0) return;
    const timer = setTimeout(() => {
      markedUpTo.current = newest;
      markRead({ channelId, messageId: newest }).then(
        () => read(),
        () => {
          markedUpTo.current = undefined;
        },
      );
    }, 500);
    return () => clearTimeout(timer);
  }, [newest, channelId, viewerId, markRead]);
}
