import { graphqlRequest } from '../api/graphql-request';
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

export const loadOlder = async (channelId: string, before: string) =>
  (await graphqlRequest(olderMessagesQuery, { id: channelId, first: PAGE_SIZE, before })).channel.messages;

export const postMessage = async (channelId: string, body: string) =>
  (await graphqlRequest(postMessageMutation, { channelId, body })).postMessage;

export const editMessage = async (id: string, body: string) =>
  (await graphqlRequest(editMessageMutation, { id, body })).editMessage;

export const deleteMessage = async (id: string) => (await graphqlRequest(deleteMessageMutation, { id })).deleteMessage;

export const removeMessage = async (id: string, reason: string) =>
  (await graphqlRequest(removeMessageMutation, { id, reason })).removeMessage;

export const markChannelRead = (channelId: string, messageId: string) =>
  graphqlRequest(markChannelReadMutation, { channelId, messageId });

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
