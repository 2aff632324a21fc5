import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotInput, Grade, Position } from '../gql/graphql';
import { grades, positions, type Vote } from './votes';

type BallotFormProps = {
  vote: Pick<Vote, 'method' | 'options'>;
  /** Unique on the page: two ballot forms may stand side by side (one's own, a proxy's). */
  idPrefix: string;
  heading: ReactNode;
  submitLabel: string;
  /** The ballot's secret, to change a secret ballot: kept by this browser, or typed. */
  secret?: { value: string; onChange: (value: string) => void };
  /** Sends the ballot; resolves to whether it was recorded. */
  onSubmit: (ballot: BallotInput) => Promise<boolean>;
  children?: ReactNode;
};

/**
 * A ballot: one radio group pour / contre / abstention, a grid of radio groups (one per option, seven grades) for
 * majority judgment, or a checkbox per option for approval.
 */
export function BallotForm({ vote, idPrefix, heading, submitLabel, secret, onSubmit, children }: BallotFormProps) {
  const { t } = useTranslation();
  const [position, setPosition] = useState<Position>();
  const [chosenGrades, setChosenGrades] = useState<Record<string, Grade>>({});
  const [approved, setApproved] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState(false);
  const headingId = `${idPrefix}-heading`;

  const complete =
    vote.method === 'for_against_abstain'
      ? position !== undefined
      : vote.method === 'majority_judgment'
        ? vote.options.every((option) => chosenGrades[option.key])
        : true;

  const ballotOf = (): BallotInput => {
    switch (vote.method) {
      case 'for_against_abstain':
        return { position };
      case 'majority_judgment':
        return { grades: vote.options.map((option) => ({ option: option.key, grade: chosenGrades[option.key] })) };
      case 'approval':
        return { approved };
    }
  };

  return (
    <form
      aria-labelledby={headingId}
      className={fr.cx('fr-mb-4w')}
      onSubmit={(event) => {
        event.preventDefault();
        setMissing(!complete);
        if (!complete) {
          // The first group left empty takes the focus, with its error message.
          const form = event.currentTarget;
          setTimeout(() => form.querySelector<HTMLInputElement>('.fr-fieldset--error input')?.focus());
          return;
        }
        if (sending) return;
        setSending(true);
        void onSubmit(ballotOf()).finally(() => setSending(false));
      }}
    >
      <h3 id={headingId} tabIndex={-1} className={fr.cx('fr-h5')}>
        {heading}
      </h3>
      {children}
      {vote.method === 'for_against_abstain' && (
        <RadioButtons
          legend={t('ballot.positionLegend')}
          name={`${idPrefix}-position`}
          state={missing && !position ? 'error' : 'default'}
          stateRelatedMessage={missing && !position ? t('ballot.positionMissing') : undefined}
          options={positions.map((option) => ({
            label: t(`ballot.positions.${option}`),
            nativeInputProps: { checked: position === option, onChange: () => setPosition(option) },
          }))}
        />
      )}
      {vote.method === 'majority_judgment' && (
        <>
          <p className={fr.cx('fr-hint-text')}>{t('ballot.gradesHint')}</p>
          {vote.options.map((option) => (
            <RadioButtons
              key={option.key}
              legend={
                <span>
                  {t('ballot.gradeLegend')} <span lang="fr">{option.label}</span>
                </span>
              }
              name={`${idPrefix}-grade-${option.key}`}
              orientation="horizontal"
              state={missing && !chosenGrades[option.key] ? 'error' : 'default'}
              stateRelatedMessage={missing && !chosenGrades[option.key] ? t('ballot.gradeMissing') : undefined}
              options={grades.map((grade) => ({
                label: t(`ballot.grades.${grade}`),
                nativeInputProps: {
                  checked: chosenGrades[option.key] === grade,
                  onChange: () => setChosenGrades((previous) => ({ ...previous, [option.key]: grade })),
                },
              }))}
            />
          ))}
        </>
      )}
      {vote.method === 'approval' && (
        <Checkbox
          legend={t('ballot.approvalLegend')}
          hintText={t('ballot.approvalHint')}
          options={vote.options.map((option) => ({
            label: <span lang="fr">{option.label}</span>,
            nativeInputProps: {
              checked: approved.includes(option.key),
              onChange: (event) => {
                const checked = event.target.checked;
                setApproved((previous) =>
                  checked ? [...previous, option.key] : previous.filter((key) => key !== option.key),
                );
              },
            },
          }))}
        />
      )}
      {secret && (
        <Input
          label={t('ballot.secretLabel')}
          hintText={t('ballot.secretHint')}
          nativeInputProps={{
            required: true,
            autoComplete: 'off',
            spellCheck: false,
            value: secret.value,
            onChange: (event) => secret.onChange(event.target.value),
          }}
        />
      )}
      <Button type="submit" iconId="fr-icon-check-line">
        {sending ? t('action.working') : submitLabel}
      </Button>
    </form>
  );
}
