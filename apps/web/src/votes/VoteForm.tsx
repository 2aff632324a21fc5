import { VOTE_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import type { CreateVoteInput, Threshold, VoteMethod } from '../gql/graphql';
import { optionMethods, thresholds } from './votes';

type VoteFormProps = {
  committeeId: string;
  /** The proposal put to the vote (pour / contre / abstention), or none for a vote on options. */
  proposal?: { id: string; title: string };
  /** Creates the vote; rejects with the API's error. */
  onSubmit: (input: CreateVoteInput) => Promise<void>;
  /** Where "Annuler" leads. */
  cancelTo: string;
};

/** A `datetime-local` value (the browser's time zone) as the API's ISO 8601, or undefined when empty. */
const isoOf = (local: string) => (local ? new Date(local).toISOString() : undefined);

/** The creation of a vote: on a proposal (threshold), or on options (majority judgment or approval). */
export function VoteForm({ committeeId, proposal, onSubmit, cancelTo }: VoteFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(proposal?.title ?? '');
  const [description, setDescription] = useState('');
  const [method, setMethod] = useState<VoteMethod>(proposal ? 'for_against_abstain' : 'majority_judgment');
  const [threshold, setThreshold] = useState<Threshold>('simple_majority');
  const [options, setOptions] = useState<{ key: number; label: string }[]>([
    { key: 1, label: '' },
    { key: 2, label: '' },
  ]);
  const [quorum, setQuorum] = useState('50');
  const [secret, setSecret] = useState(true);
  const [ballotChanges, setBallotChanges] = useState(true);
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const nextKey = useRef(3);
  const optionsList = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const errorAlert = useRef<HTMLDivElement>(null);

  const submit = async () => {
    if (saving) return;
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit({
        committeeId,
        proposalId: proposal?.id,
        title: title.trim() || undefined,
        description: description.trim() || undefined,
        method,
        threshold: proposal ? threshold : undefined,
        options: proposal ? undefined : options.map((option) => option.label.trim()).filter(Boolean),
        quorumPercent: Number(quorum),
        secret,
        ballotChanges,
        opensAt: isoOf(opensAt),
        closesAt: isoOf(closesAt)!,
      });
    } catch (failure) {
      setError(messageOf(failure));
      // The alert appears above the form: the focus goes there, so that it is read.
      setTimeout(() => errorAlert.current?.focus());
    } finally {
      setSaving(false);
    }
  };

  const removeOption = (index: number) => {
    setOptions((previous) => previous.filter((_, at) => at !== index));
    // The removed field's button is gone: the focus goes to the previous field, or to the add button.
    setTimeout(() => {
      const inputs = optionsList.current?.querySelectorAll<HTMLInputElement>('input');
      const target = inputs?.[Math.max(0, index - 1)];
      (target ?? addButton.current)?.focus();
    });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error && (
        <div ref={errorAlert} tabIndex={-1}>
          <Alert
            severity="error"
            as="h2"
            title={t('voteForm.errorTitle')}
            description={error}
            className={fr.cx('fr-mb-3w')}
          />
        </div>
      )}
      <Input
        label={t('voteForm.title')}
        hintText={proposal ? t('voteForm.titleHintProposal') : undefined}
        nativeInputProps={{
          required: !proposal,
          maxLength: VOTE_LIMITS.titleMax,
          value: title,
          onChange: (event) => setTitle(event.target.value),
        }}
      />
      <Input
        label={t('voteForm.description')}
        hintText={t('voteForm.descriptionHint')}
        textArea
        nativeTextAreaProps={{
          rows: 4,
          maxLength: VOTE_LIMITS.descriptionMax,
          value: description,
          onChange: (event) => setDescription(event.target.value),
        }}
      />
      {proposal ? (
        <>
          <p>
            <span className={fr.cx('fr-text--bold')}>{t('voteForm.method')}</span>{' '}
            {t('votes.methods.for_against_abstain')}
          </p>
          <RadioButtons
            legend={t('voteForm.threshold')}
            name="vote-threshold"
            options={thresholds.map((option) => ({
              label: t(`votes.thresholds.${option}`),
              hintText: t(`voteForm.thresholdHints.${option}`),
              nativeInputProps: { checked: threshold === option, onChange: () => setThreshold(option) },
            }))}
          />
        </>
      ) : (
        <>
          <RadioButtons
            legend={t('voteForm.method')}
            name="vote-method"
            options={optionMethods.map((option) => ({
              label: t(`votes.methods.${option}`),
              hintText: t(`voteForm.methodHints.${option}`),
              nativeInputProps: { checked: method === option, onChange: () => setMethod(option) },
            }))}
          />
          <fieldset className={fr.cx('fr-fieldset')} aria-describedby="vote-options-hint">
            <legend className={fr.cx('fr-fieldset__legend')}>{t('voteForm.options')}</legend>
            <p id="vote-options-hint" className={fr.cx('fr-hint-text', 'fr-fieldset__element')}>
              {t('voteForm.optionsHint')}
            </p>
            <ol ref={optionsList} className={fr.cx('fr-raw-list', 'fr-fieldset__element')}>
              {options.map((option, index) => (
                <li key={option.key} className={fr.cx('fr-grid-row', 'fr-grid-row--bottom', 'fr-mb-2w')}>
                  <Input
                    className={fr.cx('fr-col', 'fr-mb-0', 'fr-mr-2w')}
                    label={t('voteForm.option', { number: index + 1 })}
                    nativeInputProps={{
                      required: index < 2,
                      maxLength: VOTE_LIMITS.optionMax,
                      value: option.label,
                      onChange: (event) => {
                        const label = event.target.value;
                        setOptions((previous) =>
                          previous.map((candidate) =>
                            candidate.key === option.key ? { ...candidate, label } : candidate,
                          ),
                        );
                      },
                    }}
                  />
                  {options.length > 2 && (
                    <Button
                      type="button"
                      priority="tertiary"
                      iconId="fr-icon-delete-line"
                      onClick={() => removeOption(index)}
                    >
                      {t('voteForm.removeOption', { number: index + 1 })}
                    </Button>
                  )}
                </li>
              ))}
            </ol>
            <div className={fr.cx('fr-fieldset__element')}>
              <Button
                type="button"
                priority="secondary"
                iconId="fr-icon-add-line"
                nativeButtonProps={{ ref: addButton }}
                onClick={() => {
                  setOptions((previous) => [...previous, { key: nextKey.current++, label: '' }]);
                  setTimeout(() => {
                    const inputs = optionsList.current?.querySelectorAll<HTMLInputElement>('input');
                    inputs?.[inputs.length - 1]?.focus();
                  });
                }}
              >
                {t('voteForm.addOption')}
              </Button>
            </div>
          </fieldset>
        </>
      )}
      <Input
        label={t('voteForm.quorum')}
        hintText={t('voteForm.quorumHint')}
        nativeInputProps={{
          type: 'number',
          required: true,
          min: 0,
          max: 100,
          step: 1,
          inputMode: 'numeric',
          value: quorum,
          onChange: (event) => setQuorum(event.target.value),
        }}
      />
      <Checkbox
        legend={t('voteForm.rules')}
        options={[
          {
            label: t('voteForm.secret'),
            hintText: t('voteForm.secretHint'),
            nativeInputProps: { checked: secret, onChange: (event) => setSecret(event.target.checked) },
          },
          {
            label: t('voteForm.ballotChanges'),
            hintText: t('voteForm.ballotChangesHint'),
            nativeInputProps: { checked: ballotChanges, onChange: (event) => setBallotChanges(event.target.checked) },
          },
        ]}
      />
      <Input
        label={t('voteForm.opensAt')}
        hintText={t('voteForm.opensAtHint')}
        nativeInputProps={{
          type: 'datetime-local',
          value: opensAt,
          onChange: (event) => setOpensAt(event.target.value),
        }}
      />
      <Input
        label={t('voteForm.closesAt')}
        hintText={t('voteForm.closesAtHint')}
        nativeInputProps={{
          type: 'datetime-local',
          required: true,
          value: closesAt,
          onChange: (event) => setClosesAt(event.target.value),
        }}
      />
      <ButtonsGroup
        inlineLayoutWhen="sm and up"
        buttons={[
          {
            children: saving ? t('voteForm.saving') : t('voteForm.submit'),
            type: 'submit',
            iconId: 'fr-icon-check-line',
          },
          { children: t('action.cancel'), priority: 'secondary', linkProps: { to: cancelTo } },
        ]}
      />
    </form>
  );
}
