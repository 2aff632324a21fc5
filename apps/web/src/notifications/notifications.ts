import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { connectionQuery, graphqlQuery, queryKeyOf } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { useLive } from '../discussion/live';
import { graphql } from '../gql';
import type {
  FollowSubject,
  NotificationCadence,
  NotificationFilter,
  NotificationKind,
  NotificationsQuery,
} from '../gql/graphql';

const unreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const notificationsQuery = graphql(`
  query Notifications($filter: NotificationFilter, $after: String) {
    notifications(filter: $filter, after: $after) {
      nodes {
        id
        kind
        link
        count
        readAt
        updatedAt
        subjectTitle
        actor {
          id
          displayName
        }
        group {
          id
          name
        }
        data {
          accepted
          closesAt
          outcome
          state
          message
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type NotificationItem = NotificationsQuery['notifications']['nodes'][number];

/** Every kind, in the order the filters and the preferences list them (people first, then votes). */
export const notificationKinds: NotificationKind[] = [
  'group_invitation',
  'join_request_received',
  'join_request_decided',
  'coauthor_invited',
  'coauthor_answered',
  'amendment_proposed',
  'amendment_decided',
  'mention',
  'comment',
  'proposal_moved',
  'vote_opened',
  'vote_closing',
  'vote_closed',
  'proxy_given',
  'proxy_used',
  'common_maintainer_message',
  'common_maintainer_added',
  'common_usage_declared',
  'common_maintenance_due',
  'call_opened',
  'review_assigned',
  'eligibility_decided',
  'submission_decided',
  'milestone_late',
  'contribution_attested',
];

/**
 * The bell's count: read once, then kept by the live connection (`notification:new` carries the new count), and read
 * again after a reconnection, when news may have been missed. `news` grows by one at each live notification, for the
 * screen-reader announcement.
 */
export function useUnreadNotifications(enabled: boolean) {
  const cache = useQueryClient();
  const { socket } = useLive();
  const { data } = useQuery({ ...graphqlQuery(unreadCountQuery), enabled });
  const [news, setNews] = useState(0);

  useEffect(() => {
    if (!socket || !enabled) return;
    const onNews = ({ unreadCount }: { unreadCount: number }) => {
      cache.setQueryData(queryKeyOf(unreadCountQuery), { unreadNotificationCount: unreadCount });
      void cache.invalidateQueries({ queryKey: queryKeyOf(notificationsQuery) });
      setNews((count) => count + 1);
    };
    const onConnect = () => void cache.invalidateQueries({ queryKey: queryKeyOf(unreadCountQuery) });
    socket.on('notification:new', onNews);
    socket.on('connect', onConnect);
    return () => {
      socket.off('notification:new', onNews);
      socket.off('connect', onConnect);
    };
  }, [socket, enabled, cache]);

  return { unread: data?.unreadNotificationCount ?? 0, news };
}

export function useNotifications(filter: NotificationFilter) {
  return useConnection(connectionQuery(notificationsQuery, { filter }, (result) => result.notifications));
}

const markReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const markAllReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

const readChanges = () => [queryKeyOf(unreadCountQuery), queryKeyOf(notificationsQuery)];

export const useMarkNotificationsRead = () => useGraphqlMutation(markReadMutation, { invalidates: readChanges });
export const useMarkAllNotificationsRead = () => useGraphqlMutation(markAllReadMutation, { invalidates: readChanges });

const followMutation = graphql(`
  mutation Follow($subject: FollowInput!) {
    follow(subject: $subject)
  }
`);

const unfollowMutation = graphql(`
  mutation Unfollow($subject: FollowInput!) {
    unfollow(subject: $subject)
  }
`);

const proposalFollowingQuery = graphql(`
  query ProposalFollowing($id: ID!) {
    proposal(id: $id) {
      id
      following
    }
  }
`);

const groupFollowingQuery = graphql(`
  query GroupFollowing($slug: String!) {
    group(slug: $slug) {
      id
      following
    }
  }
`);

/** Whether the viewer follows a proposal or a group's discussion, and the acts that change it. */
export function useFollowing(subject: { type: 'proposal'; id: string } | { type: 'group'; id: string; slug: string }) {
  const proposalQuery = graphqlQuery(proposalFollowingQuery, { id: subject.id });
  const groupQuery = graphqlQuery(groupFollowingQuery, { slug: subject.type === 'group' ? subject.slug : '' });
  const proposal = useQuery({ ...proposalQuery, enabled: subject.type === 'proposal' });
  const group = useQuery({ ...groupQuery, enabled: subject.type === 'group' });
  const invalidates = () => [subject.type === 'proposal' ? proposalQuery.queryKey : groupQuery.queryKey];
  const variables = { subject: { type: subject.type satisfies FollowSubject, id: subject.id } };
  const follow = useGraphqlMutation(followMutation, { invalidates });
  const unfollow = useGraphqlMutation(unfollowMutation, { invalidates });
  const following = subject.type === 'proposal' ? proposal.data?.proposal.following : group.data?.group.following;
  return {
    following,
    pending: follow.isPending || unfollow.isPending,
    toggle: () => (following ? unfollow : follow).mutateAsync(variables),
  };
}

const preferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kinds {
        kind
        cadence
        isDefault
      }
      groupOverrides {
        kind
        cadence
        group {
          id
          name
        }
      }
    }
    groupsDirectory(filter: { mine: true }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const notificationPreferences = graphqlQuery(preferencesQuery);

const setPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $groupId: ID, $cadence: NotificationCadence!) {
    setNotificationPreference(kind: $kind, groupId: $groupId, cadence: $cadence) {
      kinds {
        kind
        cadence
        isDefault
      }
      groupOverrides {
        kind
        cadence
        group {
          id
          name
        }
      }
    }
  }
`);

/** Sets when a kind is e-mailed, everywhere or in one group; the page shows the answer at once. */
export const useSetNotificationPreference = () =>
  useGraphqlMutation(setPreferenceMutation, {
    update: (cache, result) =>
      cache.setQueryData(
        notificationPreferences.queryKey,
        (previous) => previous && { ...previous, notificationPreferences: result.setNotificationPreference },
      ),
  });

export const cadences: NotificationCadence[] = ['immediately', 'daily', 'weekly', 'never'];

const unsubscribeLinkQuery = graphql(`
  query UnsubscribeLink($token: String!) {
    unsubscribeLink(token: $token) {
      kind
      cadence
      groupName
      applies
    }
  }
`);

export const unsubscribeLink = (token: string) => graphqlQuery(unsubscribeLinkQuery, { token });

const unsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      kind
      cadence
      groupName
      applies
    }
  }
`);

export const useUnsubscribe = (token: string) =>
  useGraphqlMutation(unsubscribeMutation, {
    update: (cache, result) =>
      cache.setQueryData(unsubscribeLink(token).queryKey, { unsubscribeLink: result.unsubscribe }),
  });

const developmentMailsQuery = graphql(`
  query DevelopmentMails {
    developmentMails {
      id
      date
      to
      subject
      text
    }
  }
`);

export const developmentMails = graphqlQuery(developmentMailsQuery);

const failedMailDeliveriesQuery = graphql(`
  query FailedMailDeliveries($after: String) {
    failedMailDeliveries(after: $after) {
      nodes {
        id
        status
        address
        attempts
        lastError
        digestPeriod
        notificationCount
        updatedAt
        recipient {
          id
          displayName
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const useFailedMailDeliveries = () =>
  useConnection(connectionQuery(failedMailDeliveriesQuery, {}, (result) => result.failedMailDeliveries));
