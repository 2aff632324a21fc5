import { createContext, useContext, useEffect } from 'react';
import { graphql } from '../gql';
import type { MyChannelsQuery } from '../gql/graphql';

/** The viewer's channels (their groups', and the proposals' they read or were mentioned in), most active first. */
export const myChannelsQuery = graphql(`
  query MyChannels {
    myChannels {
      id
      unreadCount
      unreadMentionCount
      group {
        name
        slug
      }
      proposal {
        id
        title
      }
    }
  }
`);

export type MyChannel = MyChannelsQuery['myChannels'][number];

/** The mention last received, for its announcement to screen readers. */
export type MentionNews = { author: string; key: number };

export type MyChannels = {
  /** The channels, most active first; undefined until read. */
  channels?: MyChannel[];
  /** Why the list could not be read, when it never was. */
  error?: unknown;
  /** Unread messages of others across the channels, and how many of them mention the viewer. */
  unread: number;
  mentions: number;
  /** Reads the list again (soon: several calls make one request). */
  refresh: () => void;
  /** Loads the list again after a failure, showing the wait. */
  retry: () => void;
  /** Says that a channel is shown (its messages are read as they come), until the function returned is called. */
  show: (channelId: string) => () => void;
  mention?: MentionNews;
};

export const MyChannelsContext = createContext<MyChannels | null>(null);

/** The signed-in person's channels and their unread counts, kept up to date live; null for a visitor. */
export function useMyChannels(): MyChannels | null {
  return useContext(MyChannelsContext);
}

/**
 * While the component shows a channel's messages (which it marks read as they come), a new message there does not
 * count as unread in the navigation.
 */
export function useShownChannel(channelId: string) {
  const show = useMyChannels()?.show;
  useEffect(() => show?.(channelId), [show, channelId]);
}

/** Where a channel is read: its group's « Discussion » tab, or the discussion at the bottom of its proposal's page. */
export function channelAddress(channel: MyChannel): string | undefined {
  if (channel.proposal) return `/propositions/${channel.proposal.id}#proposal-discussion`;
  if (channel.group) return `/groupes/${channel.group.slug}?onglet=discussion`;
  return undefined;
}
