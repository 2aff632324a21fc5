import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphqlQuery } from '../api/queries';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
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

const lookupSchema = z.object({ receipt: z.string().trim().min(1) });

/** "Retrouver mon bulletin": by its receipt; while the vote is open, only that it is in the ballot box. */
export function BallotLookup({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const cache = useQueryClient();
  const [found, setFound] = useState<FoundBallot>();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: lookupSchema,
    defaultValues: { receipt: '' },
    send: ({ receipt }) => {
      setFound(undefined);
      return cache.fetchQuery(graphqlQuery(ballotByReceiptQuery, { voteId: vote.id, receipt }));
    },
    onSuccess: ({ ballotByReceipt }) => setFound(ballotByReceipt),
  });
  const choiceOf = useChoiceText(vote);
  const choice = found && choiceOf(found);

  return (
    <section aria-labelledby="vote-lookup" className={fr.cx('fr-mb-6w')}>
      <h2 id="vote-lookup">{t('lookup.heading')}</h2>
      <form aria-labelledby="vote-lookup" onSubmit={submit} noValidate>
        {alert}
        <Input
          label={t('lookup.receipt')}
          hintText={t('lookup.receiptHint')}
          {...errorState(form.formState.errors.receipt)}
          nativeInputProps={{ required: true, autoComplete: 'off', spellCheck: false, ...form.register('receipt') }}
        />
        <Button type="submit" iconId="fr-icon-search-line">
          {sending ? t('lists.searching') : t('lookup.submit')}
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
    </section>
  );
}
