import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { messageOf } from '../api/graphql-request';
import { LoadError } from '../components/LoadError';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { unsubscribeLink, useUnsubscribe } from '../notifications/notifications';

/**
 * The page of an e-mail's unsubscribe link: says what it stops, and stops it on confirmation, signed in or not (the
 * link is signed). Mail clients' one-click POST reaches the API directly, without this page.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.unsubscribe.pageTitle'));
  const { token = '' } = useParams();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, error, refetch } = useQuery({ ...unsubscribeLink(token), retry: false });
  // Once confirmed, the answer replaces the link's state in the cache: the page then says it is done.
  const unsubscribe = useUnsubscribe(token);

  let content;
  if (error) {
    content = (
      <LoadError
        title={t('notifications.unsubscribe.errorTitle')}
        reason={messageOf(error)}
        titleAs="h2"
        onRetry={() => {
          void refetch();
          heading.current?.focus();
        }}
      />
    );
  } else if (!data) {
    content = <p role="status">{t('notifications.unsubscribe.loading')}</p>;
  } else {
    const link = data.unsubscribeLink;
    const what = {
      kind: t(`notifications.kinds.${link.kind}`),
      where: link.groupName ?? t('notifications.preferences.everywhere'),
    };
    if (!link.applies) {
      content = <Alert severity="info" small description={t('notifications.unsubscribe.replaced', what)} />;
    } else if (link.cadence === 'never') {
      content = <Alert severity="success" small description={t('notifications.unsubscribe.done', what)} />;
    } else {
      content = (
        <>
          <p>{t('notifications.unsubscribe.explain', what)}</p>
          {unsubscribe.error && (
            <Alert
              severity="error"
              small
              className={fr.cx('fr-mb-2w')}
              description={t('action.failed', { reason: messageOf(unsubscribe.error) })}
            />
          )}
          <Button disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate({ token })}>
            {t('notifications.unsubscribe.confirm')}
          </Button>
        </>
      );
    }
  }

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <h1 ref={heading} tabIndex={-1}>
          {t('notifications.unsubscribe.heading')}
        </h1>
        {content}
        <p className={fr.cx('fr-mt-4w')}>
          <Link to="/notifications/preferences">{t('notifications.unsubscribe.allPreferences')}</Link>
        </p>
      </div>
    </div>
  );
}
