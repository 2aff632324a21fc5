import type { ErrorReason } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { Choice, CountingRules, Grade, GRADES, Position, POSITIONS } from './counting';

/** A ballot as the voter fills it in: the part that matches the vote's method. */
export interface BallotInput {
  position?: Position | null;
  grades?: { option: string; grade: Grade }[] | null;
  approved?: string[] | null;
}

const METHOD_HINTS = {
  for_against_abstain: 'BALLOT_POSITION_EXPECTED',
  majority_judgment: 'BALLOT_GRADES_EXPECTED',
  approval: 'BALLOT_APPROVALS_EXPECTED',
} as const;

const invalid = (reason: ErrorReason, field: string, values?: Record<string, string>) =>
  DomainError.of(reason, { field, ...values });

/**
 * The stored form of a ballot, checked against the vote: the method's part only, every option of a
 * majority judgment graded exactly once, approved options known and listed once in the vote's order.
 * The ledger verifier applies the same check to published ballots.
 */
export function choiceOf(rules: Pick<CountingRules, 'method' | 'options'>, input: BallotInput): Choice {
  const given = (['position', 'grades', 'approved'] as const).filter((part) => input[part] != null);
  const expected = { for_against_abstain: 'position', majority_judgment: 'grades', approval: 'approved' }[rules.method];
  if (given.length !== 1 || given[0] !== expected) throw invalid(METHOD_HINTS[rules.method], expected);
  const labels = new Map(rules.options.map((option) => [option.key, option.label]));
  const known = (key: string, field: string) => {
    if (!labels.has(key)) throw invalid('BALLOT_OPTION_UNKNOWN', field, { option: key });
  };
  if (input.position != null) {
    if (!POSITIONS.includes(input.position)) throw invalid('BALLOT_POSITION_UNKNOWN', 'position');
    return { position: input.position };
  }
  if (input.grades != null) {
    const grades: Record<string, Grade> = {};
    for (const { option, grade } of input.grades) {
      known(option, 'grades');
      if (!GRADES.includes(grade)) throw invalid('BALLOT_GRADE_UNKNOWN', 'grades', { grade });
      if (grades[option]) throw invalid('BALLOT_GRADED_TWICE', 'grades', { label: labels.get(option)! });
      grades[option] = grade;
    }
    const missing = rules.options.find((option) => !grades[option.key]);
    if (missing) throw invalid('BALLOT_GRADE_MISSING', 'grades', { label: missing.label });
    return { grades };
  }
  const approved = new Set<string>();
  for (const key of input.approved!) {
    known(key, 'approved');
    if (approved.has(key)) throw invalid('BALLOT_APPROVED_TWICE', 'approved', { label: labels.get(key)! });
    approved.add(key);
  }
  return { approved: rules.options.map((option) => option.key).filter((key) => approved.has(key)) };
}
