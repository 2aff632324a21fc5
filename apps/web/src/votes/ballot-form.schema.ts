import { VOTE_LIMITS } from '@ouvroir/contracts';
import { z } from 'zod';
import { refusal, requiredText } from '../components/form-schema';
import type { FormOf } from '../components/useFormSubmission';
import type { BallotInput, Grade, Position } from '../gql/graphql';
import { grades, positions, type Vote } from './votes';

type BallotVote = Pick<Vote, 'method' | 'options'>;

/** One of `values`, or '' for a group left unanswered (checked by the method below). */
const choiceAmong = <T extends string>(values: readonly T[]) =>
  z.custom<T | ''>((value) => value === '' || values.includes(value as T));

/**
 * A ballot as the form holds it: a position, a grade per option (in the vote's order) or the options approved; the
 * secret that changes a secret ballot. Sent as the API's ballot, once complete: every group answered.
 */
export const ballotFormSchema = (vote: BallotVote, withSecret: boolean) =>
  z
    .object({
      position: choiceAmong<Position>(positions),
      grades: z.array(z.object({ grade: choiceAmong<Grade>(grades) })),
      approved: z.array(z.string()),
      secret: withSecret ? requiredText(VOTE_LIMITS.ballotSecretMax) : z.string(),
    })
    .transform(({ position, grades: given, approved, secret }, context) => {
      let ballot: BallotInput = { approved };
      if (vote.method === 'for_against_abstain') {
        if (!position) context.addIssue({ code: 'custom', path: ['position'], ...refusal({ key: 'positionMissing' }) });
        else ballot = { position };
      } else if (vote.method === 'majority_judgment') {
        const chosen = given.flatMap(({ grade }, index) => {
          if (grade) return [{ option: vote.options[index].key, grade }];
          context.addIssue({ code: 'custom', path: ['grades', index, 'grade'], ...refusal({ key: 'gradeMissing' }) });
          return [];
        });
        ballot = { grades: chosen };
      }
      return { ballot, secret };
    });

type BallotFormSchema = ReturnType<typeof ballotFormSchema>;
export type BallotFormState = FormOf<BallotFormSchema>;

export const ballotFormDefaults = (vote: BallotVote, secret = ''): z.input<BallotFormSchema> => ({
  position: '',
  grades: vote.options.map(() => ({ grade: '' })),
  approved: [],
  secret,
});
