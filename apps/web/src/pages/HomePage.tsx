import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { useRef } from 'react';
import { QueryResult } from '../components/QueryResult';
import { useTranslation } from 'react-i18next';
import { useDomains } from '../domains/useDomains';
import { Programme } from '../home/Programme';
import { WaitingForMe } from '../home/WaitingForMe';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/**
 * The home page: signed in, what waits for the person; signed out, the programme (its latest decisions, the groups
 * one may join, a call to sign in). The domains for everyone.
 */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.pageTitle'));
  const session = useSession();
  const domainsHeading = useRef<HTMLHeadingElement>(null);

  return (
    <>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
          <h1>
            {session.status === 'signedIn' ? t('home.welcome', { name: session.user.displayName }) : t('home.heading')}
          </h1>
          <p className={fr.cx('fr-text--lead', 'fr-mb-6w')}>{t('home.intro')}</p>
        </div>
      </div>
      {session.status === 'signedIn' && <WaitingForMe />}
      {session.status === 'anonymous' && (
        <>
          <CallOut title={t('home.signInTitle')} titleAs="h2" className={fr.cx('fr-mb-6w')}>
            {t('home.signInText')}
            <Button linkProps={{ to: '/connexion' }} className={fr.cx('fr-mt-2w')} iconId="fr-icon-account-circle-line">
              {t('home.signIn')}
            </Button>
          </CallOut>
          <Programme />
        </>
      )}
      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading" ref={domainsHeading} tabIndex={-1}>
          {t('home.domainsHeading')}
        </h2>
        {/* The retry button disappears while loading: the focus goes back to the section's heading. */}
        <DomainList onRetry={() => domainsHeading.current?.focus()} />
      </section>
    </>
  );
}

function DomainList({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const domains = useDomains();

  return (
    <QueryResult query={domains} loading={t('home.loading')} errorTitle={t('home.errorTitle')} onRetry={onRetry}>
      {(data) =>
        data.domains.length === 0 ? (
          <p>{t('home.empty')}</p>
        ) : (
          <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
            {data.domains.map((domain) => (
              // Names and descriptions come from the API in French, whatever the interface language.
              <li key={domain.id} lang="fr" className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
                <Card
                  title={domain.name}
                  titleAs="h3"
                  desc={domain.description}
                  size="small"
                  enlargeLink
                  linkProps={{ to: `/groupes?domaine=${domain.slug}` }}
                />
              </li>
            ))}
          </ul>
        )
      }
    </QueryResult>
  );
}
