import { fr } from '@codegouvfr/react-dsfr';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AdministrationFrame } from '../administration/AdministrationFrame';
import { DateTime } from '../components/DateTime';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { useFailedMailDeliveries } from '../notifications/notifications';

/**
 * « Courriels en échec »: the e-mails the mail server refused for good (a bounce) or never took after the retries,
 * with its last answer, so that an administrator can fix an address or the server. Nothing is lost: the notifications
 * stay in each person's list.
 */
export function AdminMailDeliveriesPage() {
  return <AdministrationFrame section="mailDeliveries">{() => <FailedDeliveries />}</AdministrationFrame>;
}

function FailedDeliveries() {
  const { t } = useTranslation();
  const deliveries = useFailedMailDeliveries();
  const intro = useRef<HTMLParagraphElement>(null);
  return (
    <>
      <p ref={intro} tabIndex={-1} className={fr.cx('fr-text--lead')}>
        {t('administration.mailDeliveries.intro')}
      </p>
      <ResultsTable
        texts="administration.mailDeliveries"
        results={deliveries}
        onRetry={() => intro.current?.focus()}
        headers={[
          t('administration.mailDeliveries.when'),
          t('administration.mailDeliveries.recipient'),
          t('administration.mailDeliveries.status'),
          t('administration.mailDeliveries.attempts'),
          t('administration.mailDeliveries.lastError'),
        ]}
        row={(delivery) => [
          <DateTime value={delivery.updatedAt} withTime />,
          <>
            {delivery.recipient?.displayName ?? <Missing />}
            {delivery.address && <span className={fr.cx('fr-text--xs', 'fr-mb-0')}> ({delivery.address})</span>}
          </>,
          t(`administration.mailDeliveries.statuses.${delivery.status}`),
          delivery.attempts,
          delivery.lastError ? <code>{delivery.lastError}</code> : <Missing />,
        ]}
      />
    </>
  );
}
