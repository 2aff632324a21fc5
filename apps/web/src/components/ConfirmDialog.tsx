import type { createModal } from '@codegouvfr/react-dsfr/Modal';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { optionalText, requiredText } from './form-schema';
import { errorState, useFormSubmission } from './useFormSubmission';

/** The longest reason an act takes (a refusal, a transition, a withdrawal): the API's limit for each. */
const REASON_MAX = 1000;

const withReason = z.object({ reason: requiredText(REASON_MAX) });
const withOptionalReason = z.object({ reason: optionalText(REASON_MAX) });

type ConfirmDialogProps = {
  modal: ReturnType<typeof createModal>;
  title: string;
  /** What the act does, said before it is done. */
  children: ReactNode;
  confirmLabel: string;
  /** A reason to give with the act; `required` when the API refuses the act without one. */
  reason?: { label: string; hint: string; required: boolean };
  /** Does the act (the dialog then closes); rejects with the error to show in it, the reason typed staying. */
  onConfirm: (reason: string) => Promise<unknown>;
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
  const { form, submit, alert, sending, reset } = useFormSubmission({
    schema: reason?.required ? withReason : withOptionalReason,
    defaultValues: { reason: '' },
    send: (values) => onConfirm(values.reason),
    onSuccess: () => modal.close(),
  });
  // Each opening starts afresh; a failed act keeps the reason typed.
  useIsModalOpen(modal, { onDisclose: () => reset({ reason: '' }), onConceal });
  const formId = `${modal.id}-form`;

  return (
    <modal.Component
      title={title}
      buttons={[
        { children: t('action.cancel'), priority: 'secondary' },
        {
          children: sending ? t('action.working') : confirmLabel,
          // The footer is outside the form: the `form` attribute ties the button to it.
          type: 'submit',
          nativeButtonProps: { form: formId },
          doClosesModal: false,
        },
      ]}
    >
      <form id={formId} onSubmit={submit} noValidate>
        {alert}
        {children}
        {reason && (
          <Input
            label={reason.label}
            hintText={reason.hint}
            textArea
            {...errorState(form.formState.errors.reason)}
            nativeTextAreaProps={{ required: reason.required, ...form.register('reason') }}
          />
        )}
      </form>
    </modal.Component>
  );
}
