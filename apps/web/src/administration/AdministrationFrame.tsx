import { fr } from '@codegouvfr/react-dsfr';
import { SideMenu } from '@codegouvfr/react-dsfr/SideMenu';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignedIn } from '../identity/SignedIn';
import { useSession, type SessionUser } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export type AdministrationSection = 'users' | 'organisations' | 'domains' | 'newGroup' | 'mailDeliveries';

/** The administration's pages, in the order of its side menu. */
const sections: { id: AdministrationSection; path: string }[] = [
  { id: 'users', path: '/administration/utilisateurs' },
  { id: 'organisations', path: '/administration/structures' },
  { id: 'domains', path: '/administration/domaines' },
  { id: 'newGroup', path: '/administration/groupes/nouveau' },
  { id: 'mailDeliveries', path: '/administration/courriels' },
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
            items={[
              ...sections.map(({ id, path }) => ({
                text: t(`administration.${id}.heading`),
                linkProps: { to: path },
                isActive: id === section,
              })),
              // The journal is the facilitators' too: it has its own page, outside the administration.
              { text: t('administration.journal'), linkProps: { to: '/journal' } },
            ]}
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
  return (
    <SignedIn signedOut={t('administration.reserved')} onRetry={onRetry}>
      {() => <p className={fr.cx('fr-text--lead')}>{t('administration.reserved')}</p>}
    </SignedIn>
  );
}
