import { RECOGNITION_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requiredText } from '../components/form-schema';
import { SendButtons } from '../components/SendButtons';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { useAttestContribution, type Contributor } from './recognition';

const attestFormSchema = z.object({
  groupId: z.string().min(1),
  reason: requiredText(RECOGNITION_LIMITS.reasonMax),
});

/** A facilitator attests the person's contribution to one of their groups where the person contributed. */
export function AttestForm({ contributor }: { contributor: Contributor }) {
  const { t } = useTranslation();
  const action = useAction();
  const attest = useAttestContribution();
  const groups = contributor.attestableGroups;
  const { form, submit, alert, sending } = useFormSubmission({
    schema: attestFormSchema,
    defaultValues: { groupId: groups[0]?.id ?? '', reason: '' },
    send: (values) =>
      action.attempt(async () => {
        await attest.mutateAsync({ personId: contributor.id, ...values });
        return t('recognition.attest.done', { name: contributor.displayName });
      }),
    onSuccess: (_, values, sent) => sent.reset({ groupId: values.groupId, reason: '' }),
  });

  return (
    <section aria-labelledby="attest-heading" className={fr.cx('fr-mt-6w')}>
      <h2 id="attest-heading" className={fr.cx('fr-h4')}>
        {t('recognition.attest.heading')}
      </h2>
      <p>{t('recognition.attest.intro')}</p>
      {action.feedback}
      <form onSubmit={submit} noValidate>
        {alert}
        <Select
          label={t('recognition.attest.group')}
          {...errorState(form.formState.errors.groupId)}
          nativeSelectProps={{ required: true, ...form.register('groupId') }}
        >
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </Select>
        <Input
          label={t('recognition.attest.reason')}
          hintText={t('recognition.attest.reasonHint', { max: RECOGNITION_LIMITS.reasonMax })}
          textArea
          {...errorState(form.formState.errors.reason)}
          nativeTextAreaProps={{ required: true, rows: 4, ...form.register('reason') }}
        />
        <SendButtons submitLabel={t('recognition.attest.submit')} sending={sending} />
      </form>
    </section>
  );
}
