import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { detailsOf, messageOf } from '../api/graphql-request';
import { formErrorMap } from './form-schema';

/** A form whose values are checked by `TSchema`: typed as its fields, sent as its output. */
export type FormOf<TSchema extends z.ZodType<FieldValues, FieldValues>> = UseFormReturn<
  z.input<TSchema>,
  unknown,
  z.output<TSchema>
>;

type Options<TSchema extends z.ZodType<FieldValues, FieldValues>, TResult> = {
  /** The form's checks, built from the shared limits (`<feature>-form.schema.ts`). */
  schema: TSchema;
  defaultValues: DefaultValues<z.input<TSchema>>;
  /** Sends the checked values (usually a domain mutation's `mutateAsync`); rejects with the API's error. */
  send: (values: z.output<TSchema>) => Promise<TResult>;
  /** Once sent: what was typed stays unless this resets the form. */
  onSuccess?: (result: TResult, values: z.output<TSchema>, form: FormOf<TSchema>) => unknown;
  /**
   * A failure the form shows its own way (a proposal's conflicting revision): returns true when it took it, before
   * the field or alert mapping.
   */
  onError?: (error: unknown) => boolean;
  /** The title of the alert (a form of its own page); without one, a small alert. */
  errorTitle?: string;
  /** The alert's heading level, under the section's. */
  errorTitleAs?: 'h2' | 'h3';
};

/**
 * The one way a form sends: react-hook-form checks the values against the zod schema (its errors in the interface's
 * language), then one TanStack mutation sends them, one at a time. A refusal naming a field of the form
 * (`extensions.details.field`) shows as that field's error and takes the focus there; any other failure is the
 * form's alert, which takes the focus. Nothing typed is lost on an error.
 */
export function useFormSubmission<TSchema extends z.ZodType<FieldValues, FieldValues>, TResult>({
  schema,
  defaultValues,
  send,
  onSuccess,
  onError,
  errorTitle,
  errorTitleAs = 'h2',
}: Options<TSchema, TResult>) {
  type Input = z.input<TSchema>;
  type Output = z.output<TSchema>;
  const { t } = useTranslation();
  const form: FormOf<TSchema> = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema, { error: formErrorMap }),
    defaultValues,
    // Checked on sending, then again as the person corrects a field.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [failure, setFailure] = useState<{ message: string; key: number }>();
  const alertElement = useRef<HTMLDivElement>(null);
  const mutation = useMutation({ mutationFn: send });
  const running = useRef(false);

  useEffect(() => {
    // The alert appears above the form: the focus goes there, so that it is read.
    if (failure) alertElement.current?.focus();
  }, [failure]);

  const refused = (error: unknown) => {
    if (onError?.(error)) return;
    const field = detailsOf(error)?.field;
    if (typeof field === 'string' && Object.hasOwn(form.getValues(), field)) {
      form.setError(field as Path<Input>, { type: 'server', message: messageOf(error) }, { shouldFocus: true });
    } else {
      setFailure({ message: messageOf(error), key: Date.now() });
    }
  };

  const submit = (event?: FormEvent) =>
    void form.handleSubmit(async (values) => {
      // A second press while sending is ignored: the button stays enabled, so that the focus stays on it.
      if (running.current) return;
      running.current = true;
      setFailure(undefined);
      try {
        const result = await mutation.mutateAsync(values);
        await onSuccess?.(result, values, form);
      } catch (error) {
        refused(error);
      } finally {
        running.current = false;
      }
    })(event);

  const alert = failure && (
    <div ref={alertElement} tabIndex={-1} key={failure.key}>
      {errorTitle ? (
        <Alert
          severity="error"
          as={errorTitleAs}
          title={errorTitle}
          description={failure.message}
          className={fr.cx('fr-mb-3w')}
        />
      ) : (
        <Alert
          severity="error"
          small
          description={t('action.failed', { reason: failure.message })}
          className={fr.cx('fr-mb-2w')}
        />
      )}
    </div>
  );

  /** Starts afresh (a dialog opened again): the values given, no error. */
  const reset = (values?: DefaultValues<Input>) => {
    setFailure(undefined);
    form.reset(values);
  };

  return { form, submit, alert, sending: mutation.isPending, reset };
}

/** A DSFR field's error state from react-hook-form's error for it. */
export const errorState = (error: FieldError | undefined) =>
  error?.message ? { state: 'error' as const, stateRelatedMessage: error.message } : {};
