import { fr } from '@codegouvfr/react-dsfr';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { useRef } from 'react';
import { QueryResult } from '../components/QueryResult';
import { useTranslation } from 'react-i18next';
import { useDomains } from '../domains/useDomains';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.pageTitle'));
  const domainsHeading = useRef<HTMLHeadingElement>(null);

  return (
    <>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
          <h1>{t('home.heading')}</h1>
          <p className={fr.cx('fr-text--lead', 'fr-mb-6w')}>{t('home.intro')}</p>
        </div>
      </div>
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
