import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { QueryResult } from '../components/QueryResult';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { DiffText } from './DiffText';
import { diffQuery, useRevisions, type Proposal, type Revision } from './proposals';

type Pair = { from: number; to: number };

const fields = ['title', 'summary', 'body'] as const;

/** The revisions, latest first, and any two of them compared word by word. */
export function HistoryTab({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const revisions = useRevisions(proposal.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const [compared, setCompared] = useState<Pair>();

  const row = (revision: Revision) => [
    <>
      {t('proposal.revisionNumber', { number: revision.number })}
      {revision.amendmentId && (
        <>
          <br />
          <span className={fr.cx('fr-text--xs')}>{t('proposal.history.fromAmendment')}</span>
        </>
      )}
    </>,
    <span lang="fr">{revision.title}</span>,
    revision.author?.displayName ?? <Missing />,
    <DateTime value={revision.createdAt} withTime />,
  ];

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('proposal.history.heading')}
      </h2>
      <ResultsTable
        texts="proposal.history.list"
        results={revisions}
        headers={[
          t('proposal.history.columns.revision'),
          t('proposal.history.columns.title'),
          t('proposal.history.columns.author'),
          t('proposal.history.columns.date'),
        ]}
        row={row}
        onRetry={() => heading.current?.focus()}
      />
      {revisions.data &&
        (revisions.data.nodes.length > 1 ? (
          <CompareForm revisions={revisions.data.nodes} onCompare={setCompared} />
        ) : (
          <p>{t('proposal.history.nothingToCompare')}</p>
        ))}
      {compared && <RevisionDiff proposalId={proposal.id} pair={compared} />}
    </>
  );
}

/** Two revisions to compare, among those listed: by default the latest and the one before. */
function CompareForm({ revisions, onCompare }: { revisions: Revision[]; onCompare: (pair: Pair) => void }) {
  const { t } = useTranslation();
  const [pair, setPair] = useState<Pair>({ from: revisions[1].number, to: revisions[0].number });

  return (
    <form
      aria-labelledby="compare-heading"
      className={fr.cx('fr-mt-4w')}
      onSubmit={(event) => {
        event.preventDefault();
        onCompare(pair);
      }}
    >
      <h3 id="compare-heading" className={fr.cx('fr-h6')}>
        {t('proposal.history.compareHeading')}
      </h3>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
        {(['from', 'to'] as const).map((end) => (
          <div key={end} className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Select
              label={t(`proposal.history.${end}`)}
              nativeSelectProps={{
                value: pair[end],
                onChange: (event) => setPair((previous) => ({ ...previous, [end]: Number(event.target.value) })),
              }}
            >
              {revisions.map((revision) => (
                <option key={revision.id} value={revision.number}>
                  {t('proposal.revisionNumber', { number: revision.number })}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Button type="submit" iconId="fr-icon-git-pull-request-line" className={fr.cx('fr-mb-3w')}>
            {t('proposal.history.compare')}
          </Button>
        </div>
      </div>
    </form>
  );
}

function RevisionDiff({ proposalId, pair }: { proposalId: string; pair: Pair }) {
  const { t } = useTranslation();
  const diff = useQuery(graphqlQuery(diffQuery, { id: proposalId, ...pair }));

  return (
    <section aria-labelledby="diff-heading" className={fr.cx('fr-mt-2w')}>
      <h3 id="diff-heading" className={fr.cx('fr-h6')}>
        {t('proposal.diff.heading', pair)}
      </h3>
      <p className={fr.cx('fr-text--sm')}>{t('proposal.diff.legend')}</p>
      <QueryResult
        query={diff}
        loading={t('proposal.diff.loading')}
        errorTitle={t('proposal.diff.errorTitle')}
        titleAs="h4"
      >
        {({ proposal }) => (
          <>
            {proposal.diff.givenUp && (
              <Alert
                small
                severity="info"
                // Part of the answer asked for, not news to interrupt with.
                role={undefined}
                description={t('proposal.diff.givenUp')}
                className={fr.cx('fr-mb-3w')}
              />
            )}
            {fields.map((field) => {
              const segments = proposal.diff[field];
              return (
                <div key={field}>
                  <h4 className={fr.cx('fr-text--md', 'fr-text--bold', 'fr-mb-1w')}>
                    {t(`proposal.diff.fields.${field}`)}
                  </h4>
                  {segments.every((segment) => segment.kind === 'same') ? (
                    <p>{t('proposal.diff.unchanged')}</p>
                  ) : (
                    <DiffText segments={segments} />
                  )}
                </div>
              );
            })}
          </>
        )}
      </QueryResult>
    </section>
  );
}
