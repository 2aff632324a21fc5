import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { ballotByReceiptQuery, useBallots, type FoundBallot, type PublishedBallot, type Vote } from './votes';

/** A ballot's choice in words: the position, the grades given, or the options approved. */
function useChoiceText(vote: Pick<Vote, 'options'>) {
  const { t } = useTranslation();
  const labelOf = (key: string) => vote.options.find((option) => option.key === key)?.label ?? key;
  return (ballot: FoundBallot): string | undefined => {
    if (ballot.position) return t(`ballot.positions.${ballot.position}`);
    if (ballot.grades) {
      return ballot.grades
        .map((given) => `${labelOf(given.option)} : ${t(`ballot.grades.${given.grade}`)}`)
        .join(' ; ');
    }
    if (ballot.approved) {
      return ballot.approved.length ? ballot.approved.map(labelOf).join(', ') : t('ballots.noApproval');
    }
    return undefined;
  };
}

/** The ballots published at closing, by receipt (and by voter for a public vote). */
export function PublishedBallots({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const ballots = useBallots(vote.id);
  const choiceOf = useChoiceText(vote);
  const headers = [t('ballots.receipt'), t('ballots.choice')];
  if (!vote.secret) headers.push(t('ballots.voter'), t('ballots.castBy'));

  const row = (ballot: PublishedBallot) => {
    const cells = [<code>{ballot.receipt}</code>, choiceOf(ballot) ?? <Missing />];
    if (!vote.secret) {
      cells.push(ballot.voter?.displayName ?? <Missing />, ballot.castBy?.displayName ?? <Missing />);
    }
    return cells;
  };

  return (
    <section aria-labelledby="vote-ballots" className={fr.cx('fr-mb-6w')}>
      <h2 id="vote-ballots" ref={heading} tabIndex={-1}>
        {t('ballots.heading')}
      </h2>
      <p>{vote.secret ? t('ballots.secretExplained') : t('ballots.publicExplained')}</p>
      <ResultsTable
        texts="votes.ballots"
        results={ballots}
        headers={headers}
        row={row}
        onRetry={() => heading.current?.focus()}
      />
    </section>
  );
}

/** "Retrouver mon bulletin": by its receipt; while the vote is open, only that it is in the ballot box. */
export function BallotLookup({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const cache = useQueryClient();
  const [receipt, setReceipt] = useState('');
  const [found, setFound] = useState<FoundBallot>();
  const [error, setError] = useState<string>();
  const [searching, setSearching] = useState(false);
  const choiceOf = useChoiceText(vote);
  const choice = found && choiceOf(found);

  return (
    <section aria-labelledby="vote-lookup" className={fr.cx('fr-mb-6w')}>
      <h2 id="vote-lookup">{t('lookup.heading')}</h2>
      <form
        aria-labelledby="vote-lookup"
        onSubmit={(event) => {
          event.preventDefault();
          if (searching || !receipt.trim()) return;
          setSearching(true);
          setError(undefined);
          setFound(undefined);
          cache
            .fetchQuery(graphqlQuery(ballotByReceiptQuery, { voteId: vote.id, receipt: receipt.trim() }))
            .then(
              ({ ballotByReceipt }) => setFound(ballotByReceipt),
              (failure: unknown) => setError(messageOf(failure)),
            )
            .finally(() => setSearching(false));
        }}
      >
        <Input
          label={t('lookup.receipt')}
          hintText={t('lookup.receiptHint')}
          nativeInputProps={{
            required: true,
            autoComplete: 'off',
            spellCheck: false,
            value: receipt,
            onChange: (event) => setReceipt(event.target.value),
          }}
        />
        <Button type="submit" iconId="fr-icon-search-line">
          {searching ? t('lists.searching') : t('lookup.submit')}
        </Button>
      </form>
      <div role="status" className={fr.cx('fr-mt-3w')}>
        {found && (
          <Alert
            severity="success"
            small
            description={
              choice ? t('lookup.foundWithChoice', { choice }) : t('lookup.foundInBox', { receipt: found.receipt })
            }
          />
        )}
      </div>
      <div role="alert">{error && <Alert severity="error" small description={error} />}</div>
    </section>
  );
}
