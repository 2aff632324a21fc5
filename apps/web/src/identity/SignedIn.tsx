import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadError } from '../components/LoadError';
import { signInPath } from './signInPath';
import { useSession, type SessionUser } from './useSession';

type SignedInProps = {
  /** What a visitor is told, above the button to sign in. */
  signedOut: string;
  /** Called when the retry button, which disappears while loading, is pressed: the focus has to go somewhere. */
  onRetry: () => void;
  children: (user: SessionUser) => ReactNode;
};

/** Content for signed-in people: a wait while the session loads, and a way to sign in for a visitor. */
export function SignedIn({ signedOut, onRetry, children }: SignedInProps) {
  const { t } = useTranslation();
  const session = useSession();
  const here = useLocation();

  switch (session.status) {
    case 'loading':
      return <p role="status">{t('session.checking')}</p>;
    case 'anonymous':
      if (session.error) {
        return (
          <LoadError
            title={t('session.errorTitle')}
            reason={session.error}
            titleAs="h2"
            onRetry={() => {
              void session.refresh();
              onRetry();
            }}
          />
        );
      }
      return (
        <>
          <p className={fr.cx('fr-text--lead')}>{signedOut}</p>
          <Button linkProps={{ to: signInPath(here) }} iconId="fr-icon-account-circle-line">
            {t('session.signIn')}
          </Button>
        </>
      );
    case 'signedIn':
      return children(session.user);
  }
}
