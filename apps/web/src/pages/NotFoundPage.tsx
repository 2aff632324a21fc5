import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import TechnicalError from '@codegouvfr/react-dsfr/picto/TechnicalError';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** The DSFR "page not found" template; `lead` says what was not found, when the API said it (a group). */
export function NotFoundPage({ lead }: { lead?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.pageTitle'));

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--middle', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-7')}>
        <h1>{t('notFound.heading')}</h1>
        <p className={fr.cx('fr-text--sm', 'fr-mb-3w')}>{t('notFound.code')}</p>
        <p className={fr.cx('fr-text--lead', 'fr-mb-3w')}>{lead ?? t('notFound.lead')}</p>
        <p className={fr.cx('fr-text--sm', 'fr-mb-5w')}>{t('notFound.help')}</p>
        <Button linkProps={{ to: '/' }}>{t('notFound.homeLink')}</Button>
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-col-offset-md-1', 'fr-hidden', 'fr-unhidden-md')}>
        <TechnicalError fontSize="15rem" aria-hidden="true" />
      </div>
    </div>
  );
}
