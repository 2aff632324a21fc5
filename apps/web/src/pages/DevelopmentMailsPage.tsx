import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import { DateTime } from '../components/DateTime';
import { LoadError } from '../components/LoadError';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { developmentMails } from '../notifications/notifications';

/**
 * « Courriels envoyés (développement) »: without an SMTP server, the app writes its e-mails to a folder; this page
 * lists them so that a demonstration shows them. The API answers it in development only.
 */
export function DevelopmentMailsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.developmentMails.pageTitle'));
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, error, refetch } = useQuery({ ...developmentMails, retry: false });

  let content;
  if (error) {
    content = (
      <LoadError
        title={t('notifications.developmentMails.errorTitle')}
        reason={messageOf(error)}
        titleAs="h2"
        onRetry={() => {
          void refetch();
          heading.current?.focus();
        }}
      />
    );
  } else if (!data) {
    content = <p role="status">{t('notifications.developmentMails.loading')}</p>;
  } else if (data.developmentMails.length === 0) {
    content = <p>{t('notifications.developmentMails.empty')}</p>;
  } else {
    content = (
      <div className={fr.cx('fr-accordions-group')}>
        {data.developmentMails.map((mail) => (
          <Accordion key={mail.id} label={`${mail.subject} — ${mail.to}`}>
            <p className={fr.cx('fr-text--sm')}>
              <DateTime value={mail.date} withTime />
            </p>
            {/* The plain-text part: the HTML part says the same, and would need a sandboxed frame. */}
            <pre style={{ whiteSpace: 'pre-wrap' }}>{mail.text}</pre>
          </Accordion>
        ))}
      </div>
    );
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('notifications.developmentMails.heading')}
      </h1>
      <p className={fr.cx('fr-text--lead')}>{t('notifications.developmentMails.intro')}</p>
      {content}
    </>
  );
}
