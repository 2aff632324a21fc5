import { useCallback, useEffect, useState } from 'react';
import { codeOf, graphqlRequest, messageOf } from '../api/graphql-request';
import type { QueryState } from '../api/useGraphqlQuery';
import { groupChannelQuery } from './discussion';
import { useMyChannels } from './useMyChannels';

type GroupChannel = { id: string; unreadCount: number };
type Answer = { slug: string; state: QueryState<GroupChannel> };

/**
 * A group's channel and its count of unread messages, for its members only (`enabled`): nothing is asked for
 * others. `refresh` reads the count again (once messages are read). The count is the navigation's, kept up to date
 * live, for a channel among the viewer's (an administrator who is not a member has only the one read here).
 */
export function useGroupChannel(slug: string, enabled: boolean) {
  const [answer, setAnswer] = useState<Answer>({ slug, state: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);

  const load = useCallback(
    () =>
      graphqlRequest(groupChannelQuery, { slug }).then(
        ({ group }) => setAnswer({ slug, state: { status: 'success', data: group.channel } }),
        (error: unknown) =>
          setAnswer({ slug, state: { status: 'error', message: messageOf(error), code: codeOf(error) } }),
      ),
    [slug],
  );

  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load, attempt]);

  const retry = useCallback(() => {
    setAnswer({ slug, state: { status: 'loading' } });
    setAttempt((count) => count + 1);
  }, [slug]);

  const myChannels = useMyChannels()?.state;
  let state: QueryState<GroupChannel> = answer.slug === slug ? answer.state : { status: 'loading' };
  if (state.status === 'success' && myChannels?.status === 'success') {
    const { id } = state.data;
    const live = myChannels.channels.find((channel) => channel.id === id);
    if (live) state = { status: 'success', data: { id, unreadCount: live.unreadCount } };
  }
  return { ...state, retry, refresh: load };
}
