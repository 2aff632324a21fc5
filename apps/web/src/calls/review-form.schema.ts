import { CALL_LIMITS, REVIEW_LINKS, type ReviewLink } from '@ouvroir/contracts';
import { z } from 'zod';
import { optionalText, refusal, requiredText } from '../components/form-schema';

/** The scores a reviewer may give a criterion, from 0 to 5. */
export const scores = Array.from({ length: CALL_LIMITS.scoreMax + 1 }, (_, score) => String(score));

/** The reviewer's declaration before reading: no link, or which one (with words for « autre »). */
export const declarationSchema = z
  .object({
    link: z.custom<ReviewLink | ''>((value) => value === '' || REVIEW_LINKS.includes(value as ReviewLink)),
    linkText: optionalText(CALL_LIMITS.reasonMax),
  })
  .superRefine(({ link, linkText }, context) => {
    if (link === '') context.addIssue({ code: 'custom', path: ['link'], ...refusal({ key: 'linkMissing' }) });
    if (link === 'other' && !linkText) {
      context.addIssue({ code: 'custom', path: ['linkText'], ...refusal({ key: 'required' }) });
    }
  })
  .transform(({ link, linkText }) => ({ link: link as ReviewLink, linkText: linkText || undefined }));

/** A score and its comment for every criterion of the grid, in the grid's order: both required (SCORE_INVALID). */
export const scoresSchema = z.object({
  scores: z.array(
    z.object({
      criterionKey: z.string(),
      score: z
        .string()
        .refine((typed) => scores.includes(typed), refusal({ key: 'scoreMissing' }))
        .transform(Number),
      comment: requiredText(CALL_LIMITS.commentMax),
    }),
  ),
});
