import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DateTime } from '../components/DateTime';
import { PaginatedResults } from '../components/PaginatedResults';
import { useAction } from '../components/useAction';
import { useSetSearchParam } from '../components/useSetSearchParam';
import type { NotificationFilter } from '../gql/graphql';
import { SignedIn } from '../identity/SignedIn';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useNotificationSentence } from '../notifications/NotificationSentence';
import {
  notificationKinds,
  useMarkAllNotificationsRead,
  useMarkNotificationsRead,
  useNotifications,
  type NotificationItem,
} from '../notifications/notifications';

/** The filters live in the address, in French. */
const params = { kind: 'type', state: 'etat' } as const;

/** « Notifications »: what happened that concerns the person, newest first, with filters and « tout marquer lu ». */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.pageTitle'));
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('notifications.heading')}
      </h1>
      <SignedIn signedOut={t('notifications.signedOut')} onRetry={() => heading.current?.focus()}>
        {() => <Notifications onRetry={() => heading.current?.focus()} />}
      </SignedIn>
    </>
  );
}

function Notifications({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const kind = notificationKinds.find((known) => known === searchParams.get(params.kind));
  const state = searchParams.get(params.state);
  const filter: NotificationFilter = {
    kind,
    unread: state === 'non-lues' ? true : state === 'lues' ? false : undefined,
  };
  const results = useNotifications(filter);
  const markAll = useMarkAllNotificationsRead();
  const { run, feedback, pending } = useAction();

  return (
    <>
      <p className={fr.cx('fr-text--lead')}>
        {t('notifications.intro')} <Link to="/notifications/preferences">{t('notifications.preferencesLink')}</Link>
      </p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
        <Select
          className={fr.cx('fr-col-12', 'fr-col-md-4')}
          label={t('notifications.filters.state')}
          nativeSelectProps={{ value: state ?? '', onChange: (event) => setParam(params.state, event.target.value) }}
        >
          <option value="">{t('notifications.filters.all')}</option>
          <option value="non-lues">{t('notifications.filters.unread')}</option>
          <option value="lues">{t('notifications.filters.read')}</option>
        </Select>
        <Select
          className={fr.cx('fr-col-12', 'fr-col-md-5')}
          label={t('notifications.filters.kind')}
          nativeSelectProps={{ value: kind ?? '', onChange: (event) => setParam(params.kind, event.target.value) }}
        >
          <option value="">{t('notifications.filters.allKinds')}</option>
          {notificationKinds.map((known) => (
            <option key={known} value={known}>
              {t(`notifications.kinds.${known}`)}
            </option>
          ))}
        </Select>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3', 'fr-mb-3w')}>
          <Button
            priority="secondary"
            iconId="fr-icon-check-line"
            disabled={pending}
            onClick={() =>
              void run(async () => {
                const { markAllNotificationsRead: count } = await markAll.mutateAsync({});
                return t('notifications.markedAll', { count });
              })
            }
          >
            {t('notifications.markAll')}
          </Button>
        </div>
      </div>
      {feedback}
      <PaginatedResults
        texts="notifications.list"
        results={results}
        itemSelector={(index) => `li:nth-child(${index + 1}) a`}
        onRetry={onRetry}
      >
        {(nodes) => (
          <ul className={fr.cx('fr-raw-list')}>
            {nodes.map((notification) => (
              <NotificationRow key={notification.id} notification={notification} />
            ))}
          </ul>
        )}
      </PaginatedResults>
    </>
  );
}

function NotificationRow({ notification }: { notification: NotificationItem }) {
  const { t } = useTranslation();
  const sentence = useNotificationSentence();
  const markRead = useMarkNotificationsRead();
  const unread = !notification.readAt;
  const read = () => {
    if (unread) markRead.mutate({ ids: [notification.id] });
  };
  return (
    <li
      className={fr.cx('fr-py-2w')}
      style={{ borderBottom: `1px solid ${fr.colors.decisions.border.default.grey.default}` }}
    >
      <p className={fr.cx('fr-mb-1v', unread && 'fr-text--bold')}>
        {unread && (
          <Badge as="span" small severity="new" className={fr.cx('fr-mr-1w')}>
            {t('notifications.unread')}
          </Badge>
        )}
        <Link to={notification.link} onClick={read}>
          {sentence(notification)}
        </Link>
      </p>
      {notification.data.message && (
        <blockquote className={fr.cx('fr-mb-1v')} style={{ whiteSpace: 'pre-wrap' }}>
          {notification.data.message}
        </blockquote>
      )}
      <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
        <DateTime value={notification.updatedAt} withTime />
        {notification.group && <> · {notification.group.name}</>}
        {unread && (
          <Button priority="tertiary no outline" size="small" className={fr.cx('fr-ml-2w')} onClick={read}>
            {t('notifications.markRead')}
          </Button>
        )}
      </p>
    </li>
  );
}
