import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { CommonCard } from '../commons/CommonCard';
import { useOrganisationCommons, type CatalogueCommon } from '../commons/commons';
import { QueryResult } from '../components/QueryResult';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { OrganisationContributors } from '../recognition/OrganisationContributors';
import { NotFoundPage } from './NotFoundPage';

/**
 * `/structures/:id`: an organisation, with the commons it maintains and those it declared it uses, and its people who
 * opened their public profile.
 */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const commons = useOrganisationCommons(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const organisation = commons.data?.organisationCommons.organisation;
  useDocumentTitle(organisation ? organisation.name : t('organisation.pageTitle'));

  if (codeOf(commons.error) === 'NOT_FOUND') return <NotFoundPage lead={messageOf(commons.error)} />;
  return (
    <>
      <Breadcrumb
        currentPageLabel={organisation ? <span lang="fr">{organisation.name}</span> : t('organisation.pageTitle')}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: t('layout.commons'), linkProps: { to: '/communs' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-3w')}
      />
      <h1 ref={heading} tabIndex={-1} lang={organisation ? 'fr' : undefined}>
        {organisation ? organisation.name : t('organisation.pageTitle')}
      </h1>
      <QueryResult
        query={commons}
        loading={t('organisation.loading')}
        errorTitle={t('organisation.errorTitle')}
        titleAs="h2"
        onRetry={() => heading.current?.focus()}
      >
        {({ organisationCommons }) => (
          <>
            <p className={fr.cx('fr-text--lead')}>
              {t(`profile.organisationTypes.${organisationCommons.organisation.type}`)}
            </p>
            <CommonList
              id="organisation-maintained"
              title={t('organisation.maintained')}
              commons={organisationCommons.maintained}
              empty={t('organisation.maintainsNone')}
            />
            <CommonList
              id="organisation-used"
              title={t('organisation.used')}
              commons={organisationCommons.used}
              empty={t('organisation.usesNone')}
            />
            <OrganisationContributors organisationId={organisationCommons.organisation.id} />
          </>
        )}
      </QueryResult>
    </>
  );
}

function CommonList({
  id,
  title,
  commons,
  empty,
}: {
  id: string;
  title: string;
  commons: CatalogueCommon[];
  empty: string;
}) {
  return (
    <section aria-labelledby={id} className={fr.cx('fr-mb-6w')}>
      <h2 id={id} className={fr.cx('fr-h4')}>
        {title}
      </h2>
      {commons.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {commons.map((common) => (
            <li key={common.id} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <CommonCard common={common} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
