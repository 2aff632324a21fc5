import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { StackedTable } from '../components/StackedTable';
import { QueryResult } from '../components/QueryResult';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { NotFoundPage } from '../pages/NotFoundPage';
import { DecisionBadge } from './CallBadges';
import { callResultsQuery, type ResultRow } from './calls';

const retained = (row: ResultRow) =>
  row.submission.decision === 'retained' || row.submission.decision === 'retained_with_conditions';

/**
 * `/appels/:id/resultats`, public once the call is decided: the laureates in the committee's order, with their scores,
 * amounts and motivations; the submissions not retained whose applicants consented; the
 * same as CSV under Licence Ouverte 2.0.
 */
export function ResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const results = useQuery(graphqlQuery(callResultsQuery, { callId: id }));
  const heading = useRef<HTMLHeadingElement>(null);
  const title = results.data
    ? t('callResults.headingOf', { title: results.data.callResults.call.title })
    : t('callResults.pageTitle');
  useDocumentTitle(title);

  if (codeOf(results.error) === 'NOT_FOUND') return <NotFoundPage lead={messageOf(results.error)} />;
  return (
    <>
      <Breadcrumb
        currentPageLabel={t('callResults.pageTitle')}
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: t('layout.calls'), linkProps: { to: '/appels' } },
          ...(results.data
            ? [
                {
                  label: <span lang="fr">{results.data.callResults.call.title}</span>,
                  linkProps: { to: `/appels/${id}` },
                },
              ]
            : []),
        ]}
        className={fr.cx('fr-mt-0', 'fr-mb-3w')}
      />
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <QueryResult
        query={results}
        loading={t('callResults.loading')}
        errorTitle={t('callResults.errorTitle')}
        titleAs="h2"
        onRetry={() => heading.current?.focus()}
      >
        {({ callResults }) => {
          const laureates = callResults.rows.filter(retained);
          const others = callResults.rows.filter((row) => !retained(row));
          const withBudget = callResults.call.budget !== null && callResults.call.budget !== undefined;
          return (
            <>
              <p className={fr.cx('fr-text--lead')}>{t('callResults.intro')}</p>
              <section aria-labelledby="results-laureates">
                <h2 id="results-laureates">{t('callResults.laureates', { count: laureates.length })}</h2>
                <ResultsTable rows={laureates} withBudget={withBudget} caption={t('callResults.laureatesCaption')} />
              </section>
              {others.length > 0 && (
                <section aria-labelledby="results-others">
                  <h2 id="results-others">{t('callResults.others')}</h2>
                  <p>{t('callResults.othersExplained')}</p>
                  <ResultsTable rows={others} withBudget={false} caption={t('callResults.othersCaption')} />
                </section>
              )}
              <section aria-labelledby="results-data" className={fr.cx('fr-mt-4w')}>
                <h2 id="results-data" className={fr.cx('fr-h5')}>
                  {t('callResults.data')}
                </h2>
                <p>{t('callResults.licence')}</p>
                <ul className={fr.cx('fr-raw-list')}>
                  <li>
                    {/* Plain links: the server answers them, not the client's router. */}
                    <a className={fr.cx('fr-link', 'fr-link--download')} href={callResults.csvUrl} download>
                      {t('callResults.csv')}
                      <span className={fr.cx('fr-link__detail')}>{t('callResults.csvDetail')}</span>
                    </a>
                  </li>
                  <li>
                    <a className={fr.cx('fr-link', 'fr-link--download')} href={callResults.schemaUrl} download>
                      {t('callResults.schema')}
                      <span className={fr.cx('fr-link__detail')}>{t('callResults.schemaDetail')}</span>
                    </a>
                  </li>
                </ul>
              </section>
            </>
          );
        }}
      </QueryResult>
    </>
  );
}

function ResultsTable({ rows, withBudget, caption }: { rows: ResultRow[]; withBudget: boolean; caption: string }) {
  const { t } = useTranslation();
  return (
    <StackedTable
      caption={caption}
      headers={[
        t('callResults.rank'),
        t('callResults.common'),
        t('callResults.decision'),
        t('callResults.score'),
        ...(withBudget ? [t('callResults.amount')] : []),
        t('callResults.motivation'),
      ]}
      rows={rows.map(({ submission, meanScore, spread }) => ({
        key: submission.id,
        cells: [
          submission.rank === null || submission.rank === undefined ? '—' : String(submission.rank),
          submission.common ? (
            <Link key="common" to={`/communs/${submission.common.slug}`} lang="fr">
              {submission.commonName}
            </Link>
          ) : (
            <span key="common" lang="fr">
              {submission.commonName}
            </span>
          ),
          submission.decision ? <DecisionBadge key="decision" decision={submission.decision} /> : '—',
          meanScore === null || meanScore === undefined
            ? '—'
            : t('callResults.scoreValue', { mean: meanScore.toFixed(2), spread: (spread ?? 0).toFixed(2) }),
          ...(withBudget
            ? [
                submission.amountGranted === null || submission.amountGranted === undefined
                  ? '—'
                  : t('calls.amount', { amount: submission.amountGranted }),
              ]
            : []),
          <span key="motivation" lang="fr">
            {submission.motivation}
            {submission.conditions && ` ${t('callResults.conditions', { conditions: submission.conditions })}`}
          </span>,
        ],
      }))}
    />
  );
}
