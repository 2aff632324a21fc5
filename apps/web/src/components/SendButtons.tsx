import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { useTranslation } from 'react-i18next';

type Props = {
  submitLabel: string;
  sending: boolean;
  /** For an edit: a « Annuler » button beside. */
  onCancel?: () => void;
};

/** The buttons of a short text's form (a comment, a message): send, and cancel an edit. */
export function SendButtons({ submitLabel, sending, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ButtonsGroup
      inlineLayoutWhen="sm and up"
      buttonsSize="small"
      buttons={[
        { children: sending ? t('action.working') : submitLabel, type: 'submit', iconId: 'fr-icon-send-plane-line' },
        ...(onCancel
          ? [
              {
                children: t('action.cancel'),
                priority: 'secondary' as const,
                type: 'button' as const,
                onClick: onCancel,
              },
            ]
          : []),
      ]}
    />
  );
}
