import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { z } from 'zod';
import { optionalText, refusal, requiredText } from '../components/form-schema';

/** Tags typed as "a, b, c", as the API counts them: trimmed, lower-cased, once each. */
const tagsOf = (typed: string) => [
  ...new Set(
    typed
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean),
  ),
];

/** What the proposal editor checks before sending, with the API's own limits. */
export const proposalFormSchema = z.object({
  title: requiredText(PROPOSAL_LIMITS.titleMax),
  summary: optionalText(PROPOSAL_LIMITS.summaryMax),
  tags: z
    .string()
    .refine(
      (typed) => {
        const tags = tagsOf(typed);
        return tags.length <= PROPOSAL_LIMITS.tagsMax && tags.every((tag) => tag.length <= PROPOSAL_LIMITS.tagMax);
      },
      refusal({ reason: 'PROPOSAL_TAGS_TOO_MANY' }),
    )
    .transform(tagsOf),
  body: optionalText(PROPOSAL_LIMITS.bodyMax),
});

/** What an author types: the tags as one text. */
export type ProposalFormValues = z.input<typeof proposalFormSchema>;
