import { CALL_LIMITS } from '@ouvroir/contracts';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useTranslation } from 'react-i18next';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { callFormSchema, type CallFormOutput, type CallFormValues } from './call-form.schema';
import { GridFields } from './GridFields';
import { ListFields } from './ListFields';

type CallFormProps = {
  defaultValues: CallFormValues;
  submitLabel: string;
  errorTitle: string;
  /** Saves the call; resolves to its id. */
  send: (values: CallFormOutput) => Promise<string>;
  onSaved: (id: string) => void;
  /** Where « Annuler » leads. */
  cancelTo: string;
};

/**
 * A call's text, challenges, weighted grid, cut-off dates and budget, as its committee's facilitators write them
 * while it is a draft (its reviewers are named apart, each act at once).
 */
export function CallForm({ defaultValues, submitLabel, errorTitle, send, onSaved, cancelTo }: CallFormProps) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: callFormSchema,
    defaultValues,
    send,
    onSuccess: onSaved,
    errorTitle,
  });
  const { register } = form;
  const { errors } = form.formState;

  return (
    <form onSubmit={submit} noValidate aria-label={t('callForm.formLabel')}>
      {alert}
      <Input
        label={t('callForm.title')}
        {...errorState(errors.title)}
        nativeInputProps={{ required: true, ...register('title') }}
      />
      <Input
        label={t('callForm.body')}
        hintText={t('callForm.bodyHint')}
        textArea
        {...errorState(errors.body)}
        nativeTextAreaProps={{ rows: 8, ...register('body') }}
      />
      <ListFields form={form} name="challenges" min={CALL_LIMITS.challengesMin} max={CALL_LIMITS.challengesMax} />
      <GridFields form={form} />
      <ListFields form={form} name="cutoffs" min={CALL_LIMITS.roundsMin} max={CALL_LIMITS.roundsMax} />
      <Input
        label={t('callForm.budget')}
        hintText={t('callForm.budgetHint')}
        {...errorState(errors.budget)}
        nativeInputProps={{ inputMode: 'numeric', ...register('budget') }}
      />
      <ButtonsGroup
        inlineLayoutWhen="sm and up"
        buttons={[
          { children: sending ? t('action.working') : submitLabel, type: 'submit', iconId: 'fr-icon-save-line' },
          { children: t('action.cancel'), priority: 'secondary', linkProps: { to: cancelTo } },
        ]}
      />
    </form>
  );
}
