import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Display, headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation, useNavigate, useSearchParams } from 'react-router';
import { administrationHome } from '../administration/AdministrationFrame';
import { LiveNotice } from '../discussion/LiveConnection';
import { DiscussionsNavText, MentionNotice, MyChannelsProvider } from '../discussion/MyChannelsProvider';
import { signInPath } from '../identity/signInPath';
import { useSession } from '../identity/useSession';
import { NotificationBellText, NotificationNews } from '../notifications/NotificationBell';
import { useUnreadNotifications } from '../notifications/notifications';
import { searchPath } from '../search/searchPath';
import { LanguageSwitch } from './LanguageSwitch';

// The State's brand block is an official mark: it stays in French whatever the interface language.
const brandTop = (
  <span lang="fr">
    Ministère
    <br />
    de l’Éducation
    <br />
    nationale
  </span>
);

const mainId = 'contenu';
const footerId = 'pied-de-page';

export function Layout() {
  const { t } = useTranslation();
  const mainRef = useFocusOnNavigation();
  const homeLinkProps = { to: '/', title: t('layout.homeLinkTitle') };
  const { sessionItems, signOutError, dismissSignOutError } = useSessionItems();
  const navigation = useNavigation();
  const session = useSession();
  const notifications = useUnreadNotifications(session.status === 'signedIn');
  const search = useHeaderSearch();

  return (
    // The signed-in person's channels and unread counts, shared by the navigation and the pages.
    <MyChannelsProvider viewerId={session.status === 'signedIn' ? session.user.id : undefined}>
      <SkipLinks
        links={[
          { label: t('layout.skipToContent'), anchor: `#${mainId}` },
          { label: t('layout.skipToFooter'), anchor: `#${footerId}` },
        ]}
      />
      <Header
        brandTop={brandTop}
        serviceTitle={t('layout.serviceTitle')}
        serviceTagline={t('layout.serviceTagline')}
        homeLinkProps={homeLinkProps}
        navigation={navigation}
        renderSearchInput={search.renderInput}
        onSearchButtonClick={search.run}
        quickAccessItems={[
          ...(session.status === 'signedIn'
            ? [
                {
                  iconId: 'fr-icon-notification-3-line' as const,
                  text: <NotificationBellText unread={notifications.unread} />,
                  linkProps: { to: '/notifications' },
                },
              ]
            : []),
          ...sessionItems,
          headerFooterDisplayItem,
          <LanguageSwitch key="language" />,
        ]}
      />
      <main id={mainId} ref={mainRef} tabIndex={-1} className={fr.cx('fr-container', 'fr-py-6w')}>
        {signOutError && (
          <Alert
            severity="error"
            title={t('session.signOutErrorTitle')}
            description={signOutError}
            closable
            onClose={dismissSignOutError}
            className={fr.cx('fr-mb-4w')}
          />
        )}
        <Outlet />
        <LiveNotice />
        <MentionNotice />
        <NotificationNews news={notifications.news} unread={notifications.unread} />
      </main>
      <Footer
        id={footerId}
        brandTop={brandTop}
        homeLinkProps={homeLinkProps}
        accessibility="non compliant"
        accessibilityLinkProps={{ to: '/accessibilite' }}
        bottomItems={[
          { text: t('layout.legalNotice'), linkProps: { to: '/mentions-legales' } },
          { text: t('layout.personalData'), linkProps: { to: '/donnees-personnelles' } },
          { text: t('layout.siteMap'), linkProps: { to: '/plan-du-site' } },
          { text: t('layout.indicators'), linkProps: { to: '/indicateurs' } },
          { text: t('layout.openData'), linkProps: { to: '/donnees' } },
          headerFooterDisplayItem,
        ]}
        contentDescription={t('layout.footerDescription')}
      />
      <Display />
      <ScrollRestoration />
    </MyChannelsProvider>
  );
}

/**
 * The header's account items: "Se connecter" for a visitor; the person's name and organisation (to their
 * profile) and "Se déconnecter" once signed in; nothing while the session loads, so that no wrong item flashes.
 */
function useSessionItems() {
  const { t } = useTranslation();
  const session = useSession();
  const here = useLocation();
  const [signOutError, setSignOutError] = useState<string>();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = () => {
    setSignOutError(undefined);
    setSigningOut(true);
    // On success the page is left; only a failure comes back here.
    session.signOut().catch((error: unknown) => {
      setSigningOut(false);
      setSignOutError(error instanceof Error ? error.message : String(error));
    });
  };

  let sessionItems: HeaderProps.QuickAccessItem[] = [];
  if (session.status === 'anonymous') {
    sessionItems = [
      { iconId: 'fr-icon-account-circle-line', text: t('session.signIn'), linkProps: { to: signInPath(here) } },
    ];
  } else if (session.status === 'signedIn') {
    const { displayName, organisation } = session.user;
    sessionItems = [
      {
        iconId: 'fr-icon-account-circle-line',
        text: (
          <>
            {/* The visible text names the person; the hidden prefix says where the link goes. */}
            <span className={fr.cx('fr-sr-only')}>{t('session.profileLinkPrefix')}</span>
            {displayName}{' '}
            {/* Between lg and xl the header has no room for a long organisation name: the profile shows it. */}
            {organisation && (
              <span className={fr.cx('fr-hidden-lg', 'fr-unhidden-xl', 'fr-ml-1v')}>
                {t('session.organisationSuffix', { organisation: organisation.name })}
              </span>
            )}
          </>
        ),
        linkProps: { to: '/profil' },
      },
      {
        iconId: 'fr-icon-logout-box-r-line',
        text: t('session.signOut'),
        buttonProps: { type: 'button', onClick: signOut, disabled: signingOut },
      },
    ];
  }

  return { sessionItems, signOutError, dismissSignOutError: () => setSignOutError(undefined) };
}

/**
 * The header's main navigation: the groups, the proposals, the commons, the calls and the figures for everyone, the discussions for signed-in people, the
 * administration for administrators (its pages and the API check the role again). Not quick-access items: next to a
 * long organisation name, those overflow the header.
 */
function useNavigation(): MainNavigationProps.Item[] {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const items: MainNavigationProps.Item[] = [
    { text: t('layout.groups'), linkProps: { to: '/groupes' }, isActive: pathname.startsWith('/groupes') },
    {
      text: t('layout.proposals'),
      linkProps: { to: '/propositions' },
      isActive: pathname.startsWith('/propositions'),
    },
    { text: t('layout.commons'), linkProps: { to: '/communs' }, isActive: pathname.startsWith('/communs') },
    { text: t('layout.calls'), linkProps: { to: '/appels' }, isActive: pathname.startsWith('/appels') },
    {
      text: t('layout.indicators'),
      linkProps: { to: '/indicateurs' },
      isActive: pathname.startsWith('/indicateurs'),
    },
  ];
  if (session.status === 'signedIn') {
    // With the number of unread messages in the person's channels, kept up to date live.
    items.push({
      text: <DiscussionsNavText />,
      linkProps: { to: '/discussions' },
      isActive: pathname.startsWith('/discussions'),
    });
  }
  if (session.status === 'signedIn' && session.user.platformRole === 'admin') {
    items.push({
      text: t('layout.administration'),
      linkProps: { to: administrationHome },
      isActive: pathname.startsWith('/administration'),
    });
  }
  return items;
}

/**
 * The header's one search box, for the whole portal: Enter or its button opens the results page (`/recherche?q=`). On
 * that page the box shows the words searched, so that they can be changed where they were typed.
 */
function useHeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const searched = pathname === '/recherche' ? (searchParams.get('q') ?? '') : '';
  return {
    run: (text: string) => void navigate(searchPath(text.trim())),
    renderInput: ({ className, id, type }: { className: string; id: string; type: 'search' }) => (
      // Keyed by the words searched: a new search from the results page shows its words, a new page empties the box.
      <input
        key={searched}
        className={className}
        id={id}
        type={type}
        name="q"
        defaultValue={searched}
        placeholder={t('layout.searchLabel')}
        autoComplete="off"
      />
    ),
  };
}

/**
 * After a client-side navigation, moves the focus to the new page's h1 (or to main) so that
 * keyboard and screen-reader users start reading the new content, as after a full page load.
 */
function useFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const main = mainRef.current;
    const heading = main?.querySelector<HTMLElement>('h1');
    // tabindex -1: focusable by script without adding a stop to the keyboard tab order.
    heading?.setAttribute('tabindex', '-1');
    (heading ?? main)?.focus();
  }, [pathname]);

  return mainRef;
}
