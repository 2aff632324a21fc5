import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '../api/graphql-request';
import { graphqlQuery, queryKeyOf } from '../api/queries';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';
import type { ChannelMessageFragment, DiscussionChannelQuery } from '../gql/graphql';

// A message as the panel shows it.
graphql(`
  fragment ChannelMessage on Message {
    id
    body
    bodyHtml
    status
    createdAt
    editedAt
    author {
      id
      displayName
    }
  }
`);

/** A channel: what the viewer may do there, and its latest messages (newest first). */
export const discussionChannelQuery = graphql(`
  query DiscussionChannel($id: ID!, $first: Int!) {
    channel(id: $id) {
      id
      viewerPermissions {
        post
        moderate
      }
      messages(first: $first) {
        hasMore
        messages {
          ...ChannelMessage
        }
      }
    }
  }
`);

const olderMessagesQuery = graphql(`
  query OlderMessages($id: ID!, $first: Int!, $before: ID!) {
    channel(id: $id) {
      id
      messages(first: $first, before: $before) {
        hasMore
        messages {
          ...ChannelMessage
        }
      }
    }
  }
`);

/** A group's channel and its unread count, for the badge of the group page's « Discussion » tab. */
export const groupChannelQuery = graphql(`
  query GroupChannel($slug: String!) {
    group(slug: $slug) {
      id
      channel {
        id
        unreadCount
      }
    }
  }
`);

const postMessageMutation = graphql(`
  mutation PostMessage($channelId: ID!, $body: String!) {
    postMessage(channelId: $channelId, body: $body) {
      ...ChannelMessage
    }
  }
`);

const editMessageMutation = graphql(`
  mutation EditMessage($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) {
      ...ChannelMessage
    }
  }
`);

const deleteMessageMutation = graphql(`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      ...ChannelMessage
    }
  }
`);

const removeMessageMutation = graphql(`
  mutation RemoveMessage($id: ID!, $reason: String!) {
    removeMessage(id: $id, reason: $reason) {
      ...ChannelMessage
    }
  }
`);

const markChannelReadMutation = graphql(`
  mutation MarkChannelRead($channelId: ID!, $messageId: ID!) {
    markChannelRead(channelId: $channelId, messageId: $messageId)
  }
`);

export type Message = ChannelMessageFragment;
export type Channel = DiscussionChannelQuery['channel'];

/** How many messages a page of history holds. */
export const PAGE_SIZE = 30;

/** A channel as its panel shows it: what the viewer may do there, and the messages shown, oldest first. */
export type ChannelMessages = { permissions: Channel['viewerPermissions']; hasMore: boolean; messages: Message[] };

/**
 * A channel's messages in the cache: its latest page, merged with what is already shown (older pages loaded, messages
 * received live while it was read again after a reconnection); the live connection adds to them as they come.
 */
export const channelQuery = (channelId: string) =>
  queryOptions({
    queryKey: queryKeyOf(discussionChannelQuery, { id: channelId, first: PAGE_SIZE }),
    queryFn: async ({ client, queryKey }): Promise<ChannelMessages> => {
      const { channel } = await graphqlRequest(discussionChannelQuery, { id: channelId, first: PAGE_SIZE });
      const shown = client.getQueryData<ChannelMessages>(queryKey);
      return {
        permissions: channel.viewerPermissions,
        // Once older pages are loaded, whether more exist is theirs to say.
        hasMore: shown ? shown.hasMore : channel.messages.hasMore,
        messages: merge(shown?.messages ?? [], channel.messages.messages),
      };
    },
    // Its room is left when the panel goes, and what happens meanwhile is missed: shown again, it starts afresh.
    gcTime: 0,
  });

/** Adds messages to those a channel shows, or puts their newer copy in place. */
export function showMessages(cache: QueryClient, channelId: string, messages: Message[]) {
  cache.setQueryData(
    channelQuery(channelId).queryKey,
    (shown) => shown && { ...shown, messages: merge(shown.messages, messages) },
  );
}

/** Puts the next older page of a channel's history before the messages it shows; resolves to that page's messages. */
export async function showOlderMessages(cache: QueryClient, channelId: string, before: string) {
  // Kept with the channel's messages (which the live edits reach), not apart.
  const older = { ...graphqlQuery(olderMessagesQuery, { id: channelId, first: PAGE_SIZE, before }), gcTime: 0 };
  const { messages } = (await cache.fetchQuery(older)).channel;
  cache.setQueryData(
    channelQuery(channelId).queryKey,
    (shown) => shown && { ...shown, hasMore: messages.hasMore, messages: merge(shown.messages, messages.messages) },
  );
  return messages.messages;
}

/** A message sent, edited, deleted or removed through GraphQL: its answer shows at once in its channel. */
const shownInChannel = (channelId: string) => ({
  update: (cache: QueryClient, result: Record<string, Message>) =>
    showMessages(cache, channelId, Object.values(result)),
});

export const usePostMessage = (channelId: string) => useGraphqlMutation(postMessageMutation, shownInChannel(channelId));

export const useEditMessage = (channelId: string) => useGraphqlMutation(editMessageMutation, shownInChannel(channelId));

export const useDeleteMessage = (channelId: string) =>
  useGraphqlMutation(deleteMessageMutation, shownInChannel(channelId));

export const useRemoveMessage = (channelId: string) =>
  useGraphqlMutation(removeMessageMutation, shownInChannel(channelId));

export const useMarkChannelRead = () => useGraphqlMutation(markChannelReadMutation);

/** Message ids are increasing integers (as strings, beyond 2^53): compared by length, then digit by digit. */
export const compareIds = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** A message as the live connection sends it. */
export type LiveMessage = {
  id: string;
  channelId: string;
  author: { id: string; displayName: string };
  body: string;
  /** The body's Markdown, rendered to safe HTML by the API (as the GraphQL `bodyHtml`). */
  bodyHtml: string;
  status: Message['status'];
  createdAt: string;
  editedAt: string | null;
};

/** Adds messages to those shown, without duplicates, oldest first; a newer copy of a message replaces the older. */
export function merge(shown: Message[], incoming: Message[]): Message[] {
  const byId = new Map(shown.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, { ...byId.get(message.id), ...message });
  return [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
}
