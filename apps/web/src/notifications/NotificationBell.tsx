import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';

/**
 * « Notifications » in the header, with the unread count as a badge; said in full to screen readers (« Notifications,
 * 3 non lues »).
 */
export function NotificationBellText({ unread }: { unread: number }) {
  const { t } = useTranslation();
  if (unread === 0) return t('notifications.bell');
  return (
    <>
      <span aria-hidden="true">
        {t('notifications.bell')}
        <Badge as="span" small noIcon severity="new" className={fr.cx('fr-ml-1w')}>
          {unread > 99 ? '99+' : unread}
        </Badge>
      </span>
      <span className={fr.cx('fr-sr-only')}>{t('notifications.bellUnread', { count: unread })}</span>
    </>
  );
}

/** Tells screen readers that a notification arrived (the badge shows it to everyone); the region is always there. */
export function NotificationNews({ news, unread }: { news: number; unread: number }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={fr.cx('fr-sr-only')}>
      {news > 0 && <span key={news}>{t('notifications.news', { count: unread })}</span>}
    </p>
  );
}
