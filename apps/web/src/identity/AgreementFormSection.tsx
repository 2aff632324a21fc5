import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { useAction } from '../components/useAction';
import { graphql } from '../gql';
import type { AgreementForm } from '../gql/graphql';
import { meQueryKey } from './SessionProvider';
import type { SessionUser } from './useSession';

const setMyAgreementFormMutation = graphql(`
  mutation SetMyAgreementForm($form: AgreementForm) {
    setMyAgreementForm(form: $form) {
      id
      agreementForm
    }
  }
`);

const choices = ['feminine', 'masculine', 'neutral', 'none'] as const;
type Choice = (typeof choices)[number];

/**
 * The « forme d’accord » of the sentences about the person (« Hélène est ajoutée au groupe »): féminin, masculin or
 * neutre, or not said — then the sentences use a neutral phrasing (docs/identity.md).
 */
export function AgreementFormSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const action = useAction();
  const [choice, setChoice] = useState<Choice>(user.agreementForm ?? 'none');
  const setForm = useGraphqlMutation(setMyAgreementFormMutation, {
    invalidates: () => [meQueryKey],
  });

  return (
    <section aria-labelledby="agreement-form-heading" className={fr.cx('fr-mb-6w')}>
      <h2 id="agreement-form-heading" className={fr.cx('fr-h4')}>
        {t('profile.agreementForm.heading')}
      </h2>
      {action.feedback}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () => {
            const form: AgreementForm | null = choice === 'none' ? null : choice;
            await setForm.mutateAsync({ form });
            return t('profile.agreementForm.saved');
          });
        }}
      >
        <RadioButtons
          legend={t('profile.agreementForm.legend')}
          hintText={t('profile.agreementForm.hint')}
          options={choices.map((option) => ({
            label: t(`profile.agreementForm.choices.${option}`),
            nativeInputProps: { value: option, checked: choice === option, onChange: () => setChoice(option) },
          }))}
        />
        <Button type="submit" priority="secondary">
          {t('profile.agreementForm.save')}
        </Button>
      </form>
    </section>
  );
}
