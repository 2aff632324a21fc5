import type { ErrorReason } from '@ouvroir/contracts';
import { z } from 'zod';
import type fr from '../i18n/fr.json';
import { i18n } from '../i18n';

/** The texts a form's own checks say, under `forms.errors` in the translations. */
export type FormErrorKey = keyof typeof fr.forms.errors;

/** What a refinement says, in `params`: see `formErrorMap`. */
export type RefusalParams = { reason?: ErrorReason; key?: FormErrorKey } & Record<string, unknown>;

/** A refinement's `params`, checked: `refine(check, refusal({ reason }))`, `addIssue({ …, ...refusal({ key }) })`. */
export const refusal = (params: RefusalParams) => ({ params });

const count = (value: number | bigint) => new Intl.NumberFormat(i18n.resolvedLanguage).format(value);

/**
 * Every issue of a form's schema said in the interface's language at the time it is checked: zod's own messages are
 * English, so none of them reaches a person. A refinement names its text by `params`: `{ reason }`, the API's reason
 * for the same refusal (the same words as the server's), or `{ key }`, a check of the form's own; the values it
 * says beside.
 */
export const formErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return i18n.t('forms.errors.tooLong', { max: count(issue.maximum) });
      if (issue.origin === 'array') return i18n.t('forms.errors.tooMany', { max: count(issue.maximum) });
      return i18n.t('forms.errors.tooHigh', { max: count(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return i18n.t('forms.errors.required');
      if (issue.origin === 'string') return i18n.t('forms.errors.tooShort', { min: count(issue.minimum) });
      if (issue.origin === 'array') return i18n.t('forms.errors.tooFew', { min: count(issue.minimum) });
      return i18n.t('forms.errors.tooLow', { min: count(issue.minimum) });
    case 'custom': {
      const { reason, key = 'invalid', ...values } = (issue.params ?? {}) as RefusalParams;
      return reason ? i18n.t(`errors.reasons.${reason}`, values) : i18n.t(`forms.errors.${key}`, values);
    }
    default:
      return i18n.t('forms.errors.invalid');
  }
};

/** A text a person must give: trimmed, at least one character, at most `max` (the API's limit, from contracts). */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A text a person may leave empty: trimmed, at most `max`. */
export const optionalText = (max: number) => z.string().trim().max(max);

/** An optional text sent as undefined when left empty, as the API's optional inputs expect. */
export const omittableText = (max: number) => optionalText(max).transform((text) => (text === '' ? undefined : text));

/** A whole number typed in a field (a string in the form), checked between `min` and `max`. */
export const wholeNumber = (min: number, max: number) =>
  z.string().trim().min(1).transform(Number).pipe(z.number().int().min(min).max(max));

/** A person chosen in the people directory (`UserPicker`), whom the form requires. */
export const pickedPerson = () =>
  z.custom<{ id: string; displayName: string }>((value) => value !== undefined, refusal({ key: 'personRequired' }));
