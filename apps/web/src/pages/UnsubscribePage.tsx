import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { messageOf } from '../api/graphql-request';
import { LoadError } from '../components/LoadError';
import { useAction } from '../components/useAction';
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
  const unsubscribe = useUnsubscribe(token);
  const { run, feedback, pending } = useAction();

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
          <Button
            disabled={pending}
            onClick={() =>
              void run(async () => {
                await unsubscribe.mutateAsync({ token });
                return t('notifications.unsubscribe.done', what);
              })
            }
          >
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
        {feedback}
        {content}
        <p className={fr.cx('fr-mt-4w')}>
          <Link to="/notifications/preferences">{t('notifications.unsubscribe.allPreferences')}</Link>
        </p>
      </div>
    </div>
  );
}
