import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive } from './live';
import { myChannelsList, MyChannelsFollower } from './myChannelsFollower';
import { MyChannelsContext, useMyChannels, type MyChannels } from './useMyChannels';

const noSubscription = () => () => undefined;
const noMention = () => undefined;

/**
 * The signed-in person's channels and unread counts for the whole page (the navigation, « Mes discussions », the
 * groups' « Discussion » tab), kept up to date through the live connection; nothing for a visitor.
 */
export function MyChannelsProvider({ viewerId, children }: { viewerId?: string; children: ReactNode }) {
  const cache = useQueryClient();
  const follower = useMemo(() => (viewerId ? new MyChannelsFollower(viewerId, cache) : null), [viewerId, cache]);
  const { socket } = useLive();
  const { data, error, refetch } = useQuery({ ...myChannelsList, enabled: Boolean(viewerId) });
  const channels = data?.myChannels;

  useEffect(() => {
    if (!follower) return;
    follower.start();
    return () => follower.stop();
  }, [follower]);

  useEffect(() => (follower && socket ? follower.attach(socket) : undefined), [follower, socket]);

  useEffect(() => {
    if (channels) follower?.listed(channels);
  }, [follower, channels]);

  const mention = useSyncExternalStore(follower?.subscribe ?? noSubscription, follower?.getMention ?? noMention);

  const value = useMemo<MyChannels | null>(
    () =>
      follower && {
        channels,
        // A failure to read the list again keeps the counts shown; only the first reading says it failed.
        error: channels ? undefined : (error ?? undefined),
        unread: channels?.reduce((sum, channel) => sum + channel.unreadCount, 0) ?? 0,
        mentions: channels?.reduce((sum, channel) => sum + channel.unreadMentionCount, 0) ?? 0,
        refresh: follower.refresh,
        retry: () => void refetch(),
        show: follower.show,
        mention,
      },
    [follower, channels, error, refetch, mention],
  );
  return <MyChannelsContext.Provider value={value}>{children}</MyChannelsContext.Provider>;
}

/**
 * « Discussions » in the header's navigation, with the number of messages unread across the viewer's channels and,
 * apart, of those that mention them; said in full to screen readers (« Discussions, 3 messages non lus dont 1
 * mention »).
 */
export function DiscussionsNavText() {
  const { t } = useTranslation();
  const channels = useMyChannels();
  const unread = channels?.unread ?? 0;
  const mentions = channels?.mentions ?? 0;
  if (unread === 0) return t('myDiscussions.nav');
  // One hidden text says it all: browsers would put a space before its comma if it followed the visible name.
  return (
    <>
      <span aria-hidden="true">
        {t('myDiscussions.nav')}
        <Badge as="span" small noIcon severity="new" className={fr.cx('fr-ml-1w')}>
          {unread}
        </Badge>
        {mentions > 0 && (
          <Badge as="span" small noIcon severity="info" className={fr.cx('fr-ml-1v')}>
            @{mentions}
          </Badge>
        )}
      </span>
      <span className={fr.cx('fr-sr-only')}>
        {t('myDiscussions.nav')}
        {t('myDiscussions.navUnread', { count: unread })}
        {mentions > 0 && t('myDiscussions.navMentions', { count: mentions })}
      </span>
    </>
  );
}

/** Says to screen readers who just mentioned the viewer (the navigation's numbers show it to everyone). */
export function MentionNotice() {
  const { t } = useTranslation();
  const mention = useMyChannels()?.mention;
  // The region is always there, so that screen readers announce what appears in it.
  return (
    <p role="status" className={fr.cx('fr-sr-only')}>
      {mention && (
        <span key={mention.key}>
          {t('myDiscussions.mentionNews', { name: mention.author || t('discussion.someone') })}
        </span>
      )}
    </p>
  );
}
