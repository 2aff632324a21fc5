import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import type { BallotInput } from '../gql/graphql';
import { ballotFormDefaults, ballotFormSchema } from './ballot-form.schema';
import { grades, positions, type Vote } from './votes';

type BallotFormProps = {
  vote: Pick<Vote, 'method' | 'options'>;
  /** Unique on the page: two ballot forms may stand side by side (one's own, a proxy's). */
  idPrefix: string;
  heading: ReactNode;
  submitLabel: string;
  /** To change a secret ballot: its secret, kept by this browser (or empty, to be typed). */
  secret?: string;
  /** Sends the ballot (with the secret typed, if asked); rejects with the error to show, the choices staying. */
  onSubmit: (ballot: BallotInput, secret: string) => Promise<unknown>;
  children?: ReactNode;
};

/**
 * A ballot: one radio group pour / contre / abstention, a grid of radio groups (one per option, seven grades) for
 * majority judgment, or a checkbox per option for approval. A group left unanswered is said on it, and takes the
 * focus.
 */
export function BallotForm({ vote, idPrefix, heading, submitLabel, secret, onSubmit, children }: BallotFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => ballotFormSchema(vote, secret !== undefined), [vote, secret]);
  const { form, submit, alert, sending } = useFormSubmission({
    schema,
    defaultValues: ballotFormDefaults(vote, secret),
    send: (values) => onSubmit(values.ballot, values.secret),
  });
  const { register } = form;
  const { errors } = form.formState;
  const headingId = `${idPrefix}-heading`;

  return (
    <form aria-labelledby={headingId} className={fr.cx('fr-mb-4w')} onSubmit={submit} noValidate>
      <h3 id={headingId} tabIndex={-1} className={fr.cx('fr-h5')}>
        {heading}
      </h3>
      {alert}
      {children}
      {vote.method === 'for_against_abstain' && (
        <RadioButtons
          legend={t('ballot.positionLegend')}
          name={`${idPrefix}-position`}
          {...errorState(errors.position)}
          options={positions.map((option) => ({
            label: t(`ballot.positions.${option}`),
            nativeInputProps: { ...register('position'), value: option },
          }))}
        />
      )}
      {vote.method === 'majority_judgment' && (
        <>
          <p className={fr.cx('fr-hint-text')}>{t('ballot.gradesHint')}</p>
          {vote.options.map((option, index) => (
            <RadioButtons
              key={option.key}
              legend={
                <span>
                  {t('ballot.gradeLegend')} <span lang="fr">{option.label}</span>
                </span>
              }
              name={`${idPrefix}-grade-${option.key}`}
              orientation="horizontal"
              {...errorState(errors.grades?.[index]?.grade)}
              options={grades.map((grade) => ({
                label: t(`ballot.grades.${grade}`),
                nativeInputProps: { ...register(`grades.${index}.grade`), value: grade },
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
            nativeInputProps: { ...register('approved'), value: option.key },
          }))}
        />
      )}
      {secret !== undefined && (
        <Input
          label={t('ballot.secretLabel')}
          hintText={t('ballot.secretHint')}
          {...errorState(errors.secret)}
          nativeInputProps={{ required: true, autoComplete: 'off', spellCheck: false, ...register('secret') }}
        />
      )}
      <Button type="submit" iconId="fr-icon-check-line">
        {sending ? t('action.working') : submitLabel}
      </Button>
    </form>
  );
}
