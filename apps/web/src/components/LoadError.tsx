import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';

export interface LoadErrorProps {
  /** What could not be loaded, e.g. "La liste des domaines n’a pas pu être chargée". */
  title: string;
  /** Why: the API's message, or the network's. */
  reason: string;
  /** Runs again what failed. */
  onRetry: () => void;
  /** The alert title's level, to fit the page's outline (h3 by default, as the DSFR does). */
  titleAs?: 'h2' | 'h3' | 'h4';
}

/** What every page shows when something it loads fails: what happened, and a button to try again. */
export function LoadError({ title, reason, onRetry, titleAs }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        severity="error"
        as={titleAs}
        title={title}
        description={t('lists.errorDescription', { reason })}
        className={fr.cx('fr-mb-3w')}
      />
      {/* It may stand inside a form (the people to pick from): it sends nothing. */}
      <Button type="button" iconId="fr-icon-refresh-line" onClick={onRetry}>
        {t('lists.retry')}
      </Button>
    </>
  );
}
