import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/queries';
import { groupChannelQuery } from './discussion';
import { useMyChannels } from './useMyChannels';

/**
 * A group's channel and its count of unread messages, for its members only (`enabled`): nothing is asked for
 * others. The count is the navigation's, kept up to date live, for a channel among the viewer's (an administrator who
 * is not a member has only the one read here, which `channel.refetch()` reads again once messages are read).
 */
export function useGroupChannel(slug: string, enabled: boolean) {
  const channel = useQuery({
    ...graphqlQuery(groupChannelQuery, { slug }),
    enabled,
    select: (data) => data.group.channel,
  });
  const id = channel.data?.id;
  const live = useMyChannels()?.channels?.find((known) => known.id === id);
  return { channel, unreadCount: live?.unreadCount ?? channel.data?.unreadCount ?? 0 };
}
