import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';

interface LoadErrorProps {
  title: string;
  description: string;
  retryLabel: string;
  /** Runs again what failed. */
  onRetry: () => void;
  /** The alert title's level, to fit the page's outline (h3 by default, as the DSFR does). */
  titleAs?: 'h2' | 'h3';
}

/** What every page shows when something it loads fails: what happened, and a button to try again. */
export function LoadError({ title, description, retryLabel, onRetry, titleAs }: LoadErrorProps) {
  return (
    <>
      <Alert severity="error" as={titleAs} title={title} description={description} className={fr.cx('fr-mb-3w')} />
      <Button iconId="fr-icon-refresh-line" onClick={onRetry}>
        {retryLabel}
      </Button>
    </>
  );
}
