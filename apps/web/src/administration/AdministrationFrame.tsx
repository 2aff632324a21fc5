import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { SideMenu } from '@codegouvfr/react-dsfr/SideMenu';
import { useRef, type ReactNode } from 'react';
import { LoadError } from '../components/LoadError';
import { useTranslation } from 'react-i18next';
import { useSession, type SessionUser } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export type AdministrationSection = 'users' | 'organisations';

/** The administration's pages, in the order of its side menu. */
const sections: { id: AdministrationSection; path: string }[] = [
  { id: 'users', path: '/administration/utilisateurs' },
  { id: 'organisations', path: '/administration/structures' },
];

export const administrationHome = sections[0].path;

type AdministrationFrameProps = {
  section: AdministrationSection;
  /** The page's content, rendered only for an administrator. */
  children: (viewer: SessionUser) => ReactNode;
};

/**
 * An administration page: its title and heading, the menu between the administration's pages, and its
 * content once the session says the viewer is an administrator. The API checks the role again on every request.
 */
export function AdministrationFrame({ section, children }: AdministrationFrameProps) {
  const { t } = useTranslation();
  useDocumentTitle(t(`administration.${section}.pageTitle`));
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = (
    <h1 ref={heading} tabIndex={-1}>
      {t(`administration.${section}.heading`)}
    </h1>
  );

  if (session.status === 'signedIn' && session.user.platformRole === 'admin') {
    return (
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {/* A narrow menu on wide screens: the tables need the room. */}
        <div className={fr.cx('fr-col-12', 'fr-col-lg-3', 'fr-col-xl-2')}>
          <SideMenu
            title={t('administration.menuTitle')}
            // The header's navigation already shows "Administration": the title only names the menu for screen readers.
            classes={{ title: fr.cx('fr-sr-only') }}
            burgerMenuButtonText={t('administration.menuTitle')}
            items={sections.map(({ id, path }) => ({
              text: t(`administration.${id}.heading`),
              linkProps: { to: path },
              isActive: id === section,
            }))}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9', 'fr-col-xl-10')}>
          {title}
          {children(session.user)}
        </div>
      </div>
    );
  }

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        {title}
        {/* The retry button disappears while loading: the focus goes back to the page's heading. */}
        <AccessRefused onRetry={() => heading.current?.focus()} />
      </div>
    </div>
  );
}

/** What a visitor or a non-administrator sees instead of the page (or a wait, while the session loads). */
function AccessRefused({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const session = useSession();

  if (session.status === 'loading') return <p role="status">{t('administration.checking')}</p>;
  if (session.status === 'anonymous' && session.error) {
    return (
      <LoadError
        title={t('administration.sessionErrorTitle')}
        description={t('administration.errorDescription', { reason: session.error })}
        retryLabel={t('administration.retry')}
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
      <p className={fr.cx('fr-text--lead')}>{t('administration.reserved')}</p>
      {session.status === 'anonymous' && (
        <Button linkProps={{ to: '/connexion' }} iconId="fr-icon-account-circle-line">
          {t('administration.signInLink')}
        </Button>
      )}
    </>
  );
}
