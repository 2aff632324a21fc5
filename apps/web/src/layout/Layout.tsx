import { fr } from '@codegouvfr/react-dsfr';
import { Display, headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
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

  return (
    <>
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
        quickAccessItems={[headerFooterDisplayItem, <LanguageSwitch key="language" />]}
      />
      <main id={mainId} ref={mainRef} tabIndex={-1} className={fr.cx('fr-container', 'fr-py-6w')}>
        <Outlet />
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
          headerFooterDisplayItem,
        ]}
        contentDescription={t('layout.footerDescription')}
      />
      <Display />
      <ScrollRestoration />
    </>
  );
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
