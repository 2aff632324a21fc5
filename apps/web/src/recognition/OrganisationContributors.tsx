import { fr } from '@codegouvfr/react-dsfr';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryResult } from '../components/QueryResult';
import { useOrganisationContributors } from './recognition';

/**
 * An organisation's page credits its people: only those who opened their public profile (the API lists no one
 * else), each linked to it with what they did in short. No ranking: they come by name.
 */
export function OrganisationContributors({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const contributors = useOrganisationContributors(organisationId);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="organisation-contributors" className={fr.cx('fr-mb-6w')}>
      <h2 id="organisation-contributors" ref={heading} tabIndex={-1} className={fr.cx('fr-h4')}>
        {t('organisation.contributors')}
      </h2>
      <QueryResult
        query={contributors}
        loading={t('organisation.contributorsLoading')}
        errorTitle={t('organisation.contributorsError')}
        titleAs="h3"
        onRetry={() => heading.current?.focus()}
      >
        {({ organisationContributors }) =>
          organisationContributors.length === 0 ? (
            <p>{t('organisation.contributorsNone')}</p>
          ) : (
            <>
              <p>{t('organisation.contributorsIntro')}</p>
              <ul>
                {organisationContributors.map((person) => (
                  <li key={person.id}>
                    <Link to={`/contributeurs/${person.id}`}>{person.displayName}</Link> —{' '}
                    {t('organisation.adoptedCount', { count: person.adoptedProposalCount })},{' '}
                    {t('organisation.commonsCount', { count: person.maintainedCommonCount })}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryResult>
    </section>
  );
}
