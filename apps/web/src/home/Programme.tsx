import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { QueryResult } from '../components/QueryResult';
import { ProposalCard } from '../proposals/ProposalList';
import { programmeQuery } from './home';

/** The programme's latest decisions (adopted proposals of public groups) and its public groups one may join. */
export function Programme({ decisions = true }: { decisions?: boolean }) {
  const { t } = useTranslation();
  const programme = useQuery(graphqlQuery(programmeQuery));
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <QueryResult
      query={programme}
      loading={t('home.programme.loading')}
      errorTitle={t('home.programme.errorTitle')}
      onRetry={() => heading.current?.focus()}
    >
      {({ myHome }) => (
        <>
          {decisions && (
            <section aria-labelledby="home-decisions" className={fr.cx('fr-mb-6w')}>
              <h2 id="home-decisions" ref={heading} tabIndex={-1}>
                {t('home.programme.decisions')}
              </h2>
              {myHome.decisions.nodes.length === 0 ? (
                <p>{t('home.programme.noDecisions')}</p>
              ) : (
                <>
                  <ul className={fr.cx('fr-raw-list')}>
                    {myHome.decisions.nodes.map((proposal) => (
                      <li key={proposal.id} className={fr.cx('fr-mb-2w')}>
                        <ProposalCard proposal={proposal} showGroup />
                      </li>
                    ))}
                  </ul>
                  <Link
                    className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
                    to="/propositions?etat=adoptee"
                  >
                    {t('home.programme.allDecisions')}
                  </Link>
                </>
              )}
            </section>
          )}
          <section aria-labelledby="home-open-groups" className={fr.cx('fr-mb-6w')}>
            <h2 id="home-open-groups">{t('home.programme.openGroups')}</h2>
            {myHome.openGroups.nodes.length === 0 ? (
              <p>{t('home.programme.noOpenGroups')}</p>
            ) : (
              <>
                <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-2w')}>
                  {myHome.openGroups.nodes.map((group) => (
                    // Names and descriptions come from the API in French, whatever the interface language.
                    <li key={group.id} className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
                      <Card
                        title={<span lang="fr">{group.name}</span>}
                        titleAs="h3"
                        size="small"
                        enlargeLink
                        linkProps={{ to: `/groupes/${group.slug}` }}
                        desc={<span lang="fr">{group.shortDescription}</span>}
                        start={
                          <Badge small severity={group.joinPolicy === 'open' ? 'success' : 'info'} noIcon>
                            {t(`home.programme.joinPolicies.${group.joinPolicy === 'open' ? 'open' : 'request'}`)}
                          </Badge>
                        }
                        endDetail={t('home.programme.members', { count: group.memberCount })}
                      />
                    </li>
                  ))}
                </ul>
                <Link className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')} to="/groupes">
                  {t('home.programme.allGroups')}
                </Link>
              </>
            )}
          </section>
        </>
      )}
    </QueryResult>
  );
}
