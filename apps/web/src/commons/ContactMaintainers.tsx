import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { COMMON_LIMITS } from '@ouvroir/contracts';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requiredText } from '../components/form-schema';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { useContactMaintainers } from './commons';

const contactSchema = z.object({ message: requiredText(COMMON_LIMITS.messageMax) });

/**
 * « Contacter les mainteneurs »: the message goes to the maintainers' notifications through Ouvroir, with the sender's
 * name; nobody's address is shown to anyone.
 */
export function ContactMaintainers({ commonId }: { commonId: string }) {
  const { t } = useTranslation();
  const contact = useContactMaintainers();
  const action = useAction();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: contactSchema,
    defaultValues: { message: '' },
    send: ({ message }) =>
      action.attempt(async () => {
        await contact.mutateAsync({ commonId, message });
        return t('commons.contact.sent');
      }),
    onSuccess: (_result, _values, sent) => sent.reset({ message: '' }),
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="common-contact">
      <h3 id="common-contact" className={fr.cx('fr-h6')}>
        {t('commons.contact.heading')}
      </h3>
      {action.feedback}
      {alert}
      <Input
        label={t('commons.contact.message')}
        hintText={t('commons.contact.hint')}
        textArea
        {...errorState(form.formState.errors.message)}
        nativeTextAreaProps={{ rows: 4, required: true, ...form.register('message') }}
      />
      <Button type="submit" iconId="fr-icon-mail-line">
        {sending ? t('commons.contact.sending') : t('commons.contact.send')}
      </Button>
    </form>
  );
}
