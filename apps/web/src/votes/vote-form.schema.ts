import { VOTE_LIMITS } from '@ouvroir/contracts';
import { z } from 'zod';
import { omittableText, optionalText, refusal, requiredText, wholeNumber } from '../components/form-schema';
import type { FormOf } from '../components/useFormSubmission';
import type { CreateVoteInput } from '../gql/graphql';

/** A `datetime-local` value (the browser's time zone) as a time, or undefined when empty or unreadable. */
const timeOf = (local: string) => (local ? new Date(local).getTime() : NaN);

/**
 * What the new-vote form checks before sending, with the API's own limits: a vote on a proposal takes its title by
 * default and a threshold; a vote on options takes two different options or more.
 */
export const voteFormSchema = (onProposal: boolean) =>
  z
    .object({
      title: onProposal ? omittableText(VOTE_LIMITS.titleMax) : requiredText(VOTE_LIMITS.titleMax),
      description: omittableText(VOTE_LIMITS.descriptionMax),
      method: z.enum(['for_against_abstain', 'majority_judgment', 'approval']),
      threshold: z.enum(['simple_majority', 'absolute_majority', 'two_thirds']),
      // Objects, as react-hook-form's field arrays want them; the empty ones are left out.
      options: z.array(z.object({ label: optionalText(VOTE_LIMITS.optionMax) })).max(VOTE_LIMITS.optionsMax),
      quorumPercent: wholeNumber(0, 100),
      secret: z.boolean(),
      ballotChanges: z.boolean(),
      opensAt: z.string(),
      closesAt: z.string().min(1),
    })
    .superRefine((values, context) => {
      const labels = values.options.map((option) => option.label.toLowerCase()).filter(Boolean);
      const { optionsMin: min, optionsMax: max } = VOTE_LIMITS;
      if (!onProposal && labels.length < min) {
        context.addIssue({ code: 'custom', path: ['options'], ...refusal({ reason: 'VOTE_OPTIONS_COUNT', min, max }) });
      } else if (!onProposal && new Set(labels).size !== labels.length) {
        context.addIssue({ code: 'custom', path: ['options'], ...refusal({ reason: 'VOTE_OPTIONS_TWICE' }) });
      }
      if (values.opensAt && timeOf(values.closesAt) <= timeOf(values.opensAt)) {
        context.addIssue({ code: 'custom', path: ['closesAt'], ...refusal({ reason: 'VOTE_CLOSING_TOO_EARLY' }) });
      }
    });

type VoteFormSchema = ReturnType<typeof voteFormSchema>;
export type VoteFormValues = z.input<VoteFormSchema>;
export type VoteFormState = FormOf<VoteFormSchema>;

export const voteFormDefaults = (proposal?: { title: string }): VoteFormValues => ({
  title: proposal?.title ?? '',
  description: '',
  method: proposal ? 'for_against_abstain' : 'majority_judgment',
  threshold: 'simple_majority',
  options: [{ label: '' }, { label: '' }],
  quorumPercent: '50',
  secret: true,
  ballotChanges: true,
  opensAt: '',
  closesAt: '',
});

/** The API's input from the checked values: the threshold for a proposal, the options otherwise. */
export const createVoteInput = (
  values: z.output<VoteFormSchema>,
  committeeId: string,
  proposal?: { id: string },
): CreateVoteInput => ({
  committeeId,
  proposalId: proposal?.id,
  title: values.title,
  description: values.description,
  method: values.method,
  threshold: proposal ? values.threshold : undefined,
  options: proposal ? undefined : values.options.map((option) => option.label).filter(Boolean),
  quorumPercent: values.quorumPercent,
  secret: values.secret,
  ballotChanges: values.ballotChanges,
  opensAt: values.opensAt ? new Date(values.opensAt).toISOString() : undefined,
  closesAt: new Date(values.closesAt).toISOString(),
});
