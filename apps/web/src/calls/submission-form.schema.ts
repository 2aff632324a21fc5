import { CALL_LIMITS, COMMON_DRAFT_KINDS } from '@ouvroir/contracts';
import { z } from 'zod';
import { optionalText, refusal, requiredText } from '../components/form-schema';
import type { FormOf } from '../components/useFormSubmission';

/** The maintainers typed one per line, as the names the API takes. */
export const maintainerNames = (typed: string) =>
  typed
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);

/**
 * What the submission form checks before saving, with the API's limits. What makes a submission eligible (an open
 * licence, a public address, a maintainer, a challenge) is the API's automatic checks, shown beside the form: a draft
 * may be saved without it.
 */
export const submissionFormSchema = (withBudget: boolean) =>
  z.object({
    commonKind: z.enum(COMMON_DRAFT_KINDS),
    commonName: requiredText(CALL_LIMITS.commonNameMax),
    summary: optionalText(CALL_LIMITS.summaryMax),
    licence: optionalText(CALL_LIMITS.licenceMax),
    repositoryUrl: optionalText(CALL_LIMITS.urlMax),
    maintainers: z
      .string()
      .transform(maintainerNames)
      .pipe(z.array(z.string().max(CALL_LIMITS.maintainerNameMax)).max(CALL_LIMITS.maintainersMax)),
    pitch: optionalText(CALL_LIMITS.pitchMax),
    challenge: z.string(),
    amountAsked: withBudget
      ? z
          .string()
          .trim()
          .refine((typed) => typed === '' || /^\d+$/.test(typed), refusal({ key: 'wholeNumber' }))
          .transform((typed) => (typed === '' ? null : Number(typed)))
          .pipe(z.number().int().min(0).max(CALL_LIMITS.budgetMax).nullable())
      : z.string().transform(() => null),
    publishConsent: z.boolean(),
  });

type SubmissionFormSchema = ReturnType<typeof submissionFormSchema>;
export type SubmissionFormValues = z.input<SubmissionFormSchema>;
export type SubmissionFormOutput = z.output<SubmissionFormSchema>;
export type SubmissionFormState = FormOf<SubmissionFormSchema>;

export const emptySubmission = (): SubmissionFormValues => ({
  commonKind: 'software',
  commonName: '',
  summary: '',
  licence: '',
  repositoryUrl: '',
  maintainers: '',
  pitch: '',
  challenge: '',
  amountAsked: '',
  publishConsent: false,
});
