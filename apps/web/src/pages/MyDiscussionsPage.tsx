import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { messageOf } from '../api/graphql-request';
import { LoadError } from '../components/LoadError';
import { channelAddress, useMyChannels, type MyChannel, type MyChannels } from '../discussion/useMyChannels';
import { SignedIn } from '../identity/SignedIn';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** « Mes discussions »: the signed-in person's channels, most active first, with what is unread in each, live. */
export function MyDiscussionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myDiscussions.pageTitle'));
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1 ref={heading} tabIndex={-1}>
          {t('myDiscussions.heading')}
        </h1>
        {/* The retry button disappears while loading: the focus goes back to the page's heading. */}
        <SignedIn signedOut={t('myDiscussions.signedOut')} onRetry={() => heading.current?.focus()}>
          {() => <Channels onRetry={() => heading.current?.focus()} />}
        </SignedIn>
      </div>
    </div>
  );
}

function Channels({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const channels = useMyChannels();
  const refresh = channels?.refresh;

  // Groups joined or discussions read elsewhere since the list was loaded: read it again on arriving here.
  useEffect(() => refresh?.(), [refresh]);

  if (!channels) return null;
  const { channels: list, error } = channels;
  if (error) {
    return (
      <LoadError
        title={t('myDiscussions.errorTitle')}
        reason={messageOf(error)}
        titleAs="h2"
        onRetry={() => {
          channels.retry();
          onRetry();
        }}
      />
    );
  }
  if (!list) return <p role="status">{t('myDiscussions.loading')}</p>;
  if (list.length === 0) {
    return (
      <>
        <p className={fr.cx('fr-text--lead')}>{t('myDiscussions.empty')}</p>
        <Button linkProps={{ to: '/groupes' }} iconId="fr-icon-team-line">
          {t('myDiscussions.browseGroups')}
        </Button>
      </>
    );
  }
  return (
    <>
      <p className={fr.cx('fr-text--lead')}>{t('myDiscussions.intro')}</p>
      <Summary channels={channels} />
      <ul className={fr.cx('fr-raw-list')}>
        {list.map((channel) => (
          <li
            key={channel.id}
            className={fr.cx('fr-py-3w')}
            style={{ borderBottom: `1px solid ${fr.colors.decisions.border.default.grey.default}` }}
          >
            <ChannelItem channel={channel} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** How many messages are unread in all, said again when it changes. */
function Summary({ channels }: { channels: MyChannels }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={fr.cx('fr-mb-2w')}>
      {channels.unread === 0
        ? t('myDiscussions.allRead')
        : t('discussion.unread', { count: channels.unread }) +
          (channels.mentions > 0 ? t('myDiscussions.navMentions', { count: channels.mentions }) : '')}
    </p>
  );
}

/** One channel: its proposal's title or its group's name (linking to where it is read), and what is unread there. */
function ChannelItem({ channel }: { channel: MyChannel }) {
  const { t } = useTranslation();
  const address = channelAddress(channel);
  const groupName = channel.group?.name ?? t('myDiscussions.hiddenGroup');
  const title = channel.proposal?.title ?? groupName;

  return (
    <>
      {/* Titles and names come from the API in French, whatever the interface language. */}
      <h2 className={fr.cx('fr-h6', 'fr-mb-1v')}>
        {address ? (
          <Link to={address} lang="fr">
            {title}
          </Link>
        ) : (
          <span lang="fr">{title}</span>
        )}
      </h2>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {channel.proposal ? (
          <>
            {t('myDiscussions.proposalChannel')} <span lang="fr">{groupName}</span>
          </>
        ) : (
          t('myDiscussions.groupChannel')
        )}
      </p>
      <p className={fr.cx('fr-mb-0')}>
        {channel.unreadCount > 0 ? (
          <Badge as="span" small noIcon severity="new">
            {t('discussion.unread', { count: channel.unreadCount })}
          </Badge>
        ) : (
          <span className={fr.cx('fr-text--sm')}>{t('myDiscussions.nothingUnread')}</span>
        )}
        {channel.unreadMentionCount > 0 && (
          <Badge as="span" small noIcon severity="info" className={fr.cx('fr-ml-1w')}>
            {t('myDiscussions.mentioned')}
          </Badge>
        )}
      </p>
    </>
  );
}
