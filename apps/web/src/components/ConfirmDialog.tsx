import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmDialogProps = {
  modal: ReturnType<typeof createModal>;
  title: string;
  /** What the act does, said before it is done. */
  children: ReactNode;
  confirmLabel: string;
  /** A reason to give with the act; `required` when the API refuses the act without one. */
  reason?: { label: string; hint: string; required: boolean };
  /** Does the act; resolves to undefined when done (the dialog closes), or to the error to show in it. */
  onConfirm: (reason: string) => Promise<string | undefined>;
  /** Where the focus goes when the dialog closes, when the DSFR cannot tell (a dialog opened by script). */
  onConceal?: () => void;
};

/** A DSFR dialog that asks before an act that cannot be undone from the page, with an optional reason. */
export function ConfirmDialog({
  modal,
  title,
  children,
  confirmLabel,
  reason,
  onConfirm,
  onConceal,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Each opening starts afresh; a failed act keeps the reason typed.
  useIsModalOpen(modal, {
    onDisclose: () => {
      setText('');
      setError(undefined);
    },
    onConceal,
  });
  const formId = `${modal.id}-form`;

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const failure = await onConfirm(text.trim());
    setBusy(false);
    if (failure === undefined) modal.close();
    else setError(failure);
  };

  return (
    <modal.Component
      title={title}
      buttons={[
        { children: t('action.cancel'), priority: 'secondary' },
        {
          children: busy ? t('action.working') : confirmLabel,
          // The footer is outside the form: the `form` attribute ties the button to it.
          type: 'submit',
          nativeButtonProps: { form: formId },
          doClosesModal: false,
        },
      ]}
    >
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        {error && <Alert severity="error" small description={error} className={fr.cx('fr-mb-3w')} />}
        {children}
        {reason && (
          <Input
            label={reason.label}
            hintText={reason.hint}
            textArea
            nativeTextAreaProps={{
              required: reason.required,
              maxLength: 1000,
              value: text,
              onChange: (event) => setText(event.target.value),
            }}
          />
        )}
      </form>
    </modal.Component>
  );
}
