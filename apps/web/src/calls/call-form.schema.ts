import { CALL_LIMITS, DEFAULT_CALL_CRITERIA } from '@ouvroir/contracts';
import { z } from 'zod';
import { optionalText, refusal, requiredText } from '../components/form-schema';
import type { FormOf } from '../components/useFormSubmission';

/** A `datetime-local` value (the browser's time zone) as a time, or NaN when empty or unreadable. */
const timeOf = (local: string) => (local ? new Date(local).getTime() : NaN);

/** A weight typed in the grid: a whole number, or NaN while the field is empty or not a number. */
export const weightOf = (typed: string) => (/^\s*\d+\s*$/.test(typed) ? Number(typed) : NaN);

/** The sum of the weights typed so far, the ones not yet numbers left out. */
export const weightSum = (criteria: { weight: string }[]) =>
  criteria.reduce((sum, { weight }) => sum + (Number.isNaN(weightOf(weight)) ? 0 : weightOf(weight)), 0);

/**
 * What the call's editor checks before sending, with the API's limits: a title, 1 to 10 challenges, a grid whose
 * weights sum to 100, 1 to 5 cut-off dates, an optional budget.
 */
export const callFormSchema = z
  .object({
    title: z.string().trim().min(CALL_LIMITS.titleMin).max(CALL_LIMITS.titleMax),
    body: optionalText(CALL_LIMITS.bodyMax),
    challenges: z.array(z.object({ label: optionalText(CALL_LIMITS.challengeMax) })).max(CALL_LIMITS.challengesMax),
    criteria: z
      .array(
        z.object({
          key: z.string().optional(),
          name: requiredText(CALL_LIMITS.criterionNameMax),
          description: optionalText(CALL_LIMITS.criterionDescriptionMax),
          weight: z.string(),
        }),
      )
      .min(CALL_LIMITS.criteriaMin)
      .max(CALL_LIMITS.criteriaMax),
    cutoffs: z.array(z.object({ at: z.string() })).max(CALL_LIMITS.roundsMax),
    budget: z
      .string()
      .trim()
      .refine((typed) => typed === '' || /^\d+$/.test(typed), refusal({ key: 'wholeNumber' }))
      .transform((typed) => (typed === '' ? undefined : Number(typed)))
      .pipe(z.number().int().min(0).max(CALL_LIMITS.budgetMax).optional()),
  })
  .superRefine((values, context) => {
    if (values.challenges.filter((challenge) => challenge.label).length < CALL_LIMITS.challengesMin) {
      context.addIssue({ code: 'custom', path: ['challenges'], ...refusal({ key: 'challengeRequired' }) });
    }
    values.criteria.forEach(({ weight }, index) => {
      const value = weightOf(weight);
      if (Number.isNaN(value) || value < 1 || value > 100) {
        context.addIssue({ code: 'custom', path: ['criteria', index, 'weight'], ...refusal({ key: 'weight' }) });
      }
    });
    const sum = weightSum(values.criteria);
    if (sum !== 100) {
      context.addIssue({ code: 'custom', path: ['criteria'], ...refusal({ reason: 'GRID_WEIGHTS_INVALID', sum }) });
    }
    const times = values.cutoffs.map(({ at }) => timeOf(at)).filter((time) => !Number.isNaN(time));
    if (times.length < CALL_LIMITS.roundsMin || new Set(times).size !== times.length) {
      context.addIssue({ code: 'custom', path: ['cutoffs'], ...refusal({ reason: 'CALL_ROUNDS_INVALID' }) });
    }
  });

type CallFormSchema = typeof callFormSchema;
export type CallFormValues = z.input<CallFormSchema>;
export type CallFormOutput = z.output<CallFormSchema>;
export type CallFormState = FormOf<CallFormSchema>;

/** A new call starts with NLnet's grid (30/40/30), one challenge and one cut-off date to fill. */
export const newCallDefaults = (): CallFormValues => ({
  title: '',
  body: '',
  challenges: [{ label: '' }],
  criteria: DEFAULT_CALL_CRITERIA.map(({ name, description, weight }) => ({
    name,
    description,
    weight: String(weight),
  })),
  cutoffs: [{ at: '' }],
  budget: '',
});

/** A time as a `datetime-local` value in the browser's time zone. */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The cut-off dates given, as ISO times in ascending order. */
export const cutoffTimes = (values: CallFormOutput) =>
  values.cutoffs
    .filter(({ at }) => at)
    .map(({ at }) => new Date(at).toISOString())
    .sort();
