import { fr } from '@codegouvfr/react-dsfr';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { createVoteInput, voteFormDefaults, voteFormSchema } from './vote-form.schema';
import { VoteOptionsFields } from './VoteOptionsFields';
import { optionMethods, thresholds, useCreateVote } from './votes';

type VoteFormProps = {
  committeeId: string;
  /** The proposal put to the vote (pour / contre / abstention), or none for a vote on options. */
  proposal?: { id: string; title: string };
  /** Once the vote is created: its page opens. */
  onCreated: (voteId: string) => void;
  /** Where "Annuler" leads. */
  cancelTo: string;
};

/** The creation of a vote: on a proposal (threshold), or on options (majority judgment or approval). */
export function VoteForm({ committeeId, proposal, onCreated, cancelTo }: VoteFormProps) {
  const { t } = useTranslation();
  const createVote = useCreateVote();
  const schema = useMemo(() => voteFormSchema(Boolean(proposal)), [proposal]);
  const { form, submit, alert, sending } = useFormSubmission({
    schema,
    defaultValues: voteFormDefaults(proposal),
    send: async (values) =>
      (await createVote.mutateAsync({ input: createVoteInput(values, committeeId, proposal) })).createVote.id,
    onSuccess: onCreated,
    errorTitle: t('voteForm.errorTitle'),
  });
  const { register } = form;
  const { errors } = form.formState;

  return (
    <form onSubmit={submit} noValidate>
      {alert}
      <Input
        label={t('voteForm.title')}
        hintText={proposal ? t('voteForm.titleHintProposal') : undefined}
        {...errorState(errors.title)}
        nativeInputProps={{ required: !proposal, ...register('title') }}
      />
      <Input
        label={t('voteForm.description')}
        hintText={t('voteForm.descriptionHint')}
        textArea
        {...errorState(errors.description)}
        nativeTextAreaProps={{ rows: 4, ...register('description') }}
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
              nativeInputProps: { ...register('threshold'), value: option },
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
              nativeInputProps: { ...register('method'), value: option },
            }))}
          />
          <VoteOptionsFields form={form} />
        </>
      )}
      <Input
        label={t('voteForm.quorum')}
        hintText={t('voteForm.quorumHint')}
        {...errorState(errors.quorumPercent)}
        nativeInputProps={{
          type: 'number',
          required: true,
          min: 0,
          max: 100,
          step: 1,
          inputMode: 'numeric',
          ...register('quorumPercent'),
        }}
      />
      <Checkbox
        legend={t('voteForm.rules')}
        options={[
          { label: t('voteForm.secret'), hintText: t('voteForm.secretHint'), nativeInputProps: register('secret') },
          {
            label: t('voteForm.ballotChanges'),
            hintText: t('voteForm.ballotChangesHint'),
            nativeInputProps: register('ballotChanges'),
          },
        ]}
      />
      <Input
        label={t('voteForm.opensAt')}
        hintText={t('voteForm.opensAtHint')}
        {...errorState(errors.opensAt)}
        nativeInputProps={{ type: 'datetime-local', ...register('opensAt') }}
      />
      <Input
        label={t('voteForm.closesAt')}
        hintText={t('voteForm.closesAtHint')}
        {...errorState(errors.closesAt)}
        nativeInputProps={{ type: 'datetime-local', required: true, ...register('closesAt') }}
      />
      <ButtonsGroup
        inlineLayoutWhen="sm and up"
        buttons={[
          {
            children: sending ? t('voteForm.saving') : t('voteForm.submit'),
            type: 'submit',
            iconId: 'fr-icon-check-line',
          },
          { children: t('action.cancel'), priority: 'secondary', linkProps: { to: cancelTo } },
        ]}
      />
    </form>
  );
}
