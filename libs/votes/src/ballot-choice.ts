import { DomainError } from '@ouvroir/core';
import { Choice, CountingRules, Grade, GRADES, Position, POSITIONS } from './counting';

/** A ballot as the voter fills it in: the part that matches the vote's method. */
export interface BallotInput {
  position?: Position | null;
  grades?: { option: string; grade: Grade }[] | null;
  approved?: string[] | null;
}

const METHOD_HINTS = {
  for_against_abstain: 'Ce scrutin se vote pour, contre ou abstention.',
  majority_judgment: 'Ce scrutin se vote au jugement majoritaire : donnez une mention à chaque option.',
  approval: 'Ce scrutin se vote par approbation : cochez les options que vous approuvez.',
};

const invalid = (message: string, field: string) => new DomainError('BAD_USER_INPUT', message, { field });

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
    if (!labels.has(key)) throw invalid(`Option inconnue : « ${key} ».`, field);
  };
  if (input.position != null) {
    if (!POSITIONS.includes(input.position)) throw invalid('Choisissez pour, contre ou abstention.', 'position');
    return { position: input.position };
  }
  if (input.grades != null) {
    const grades: Record<string, Grade> = {};
    for (const { option, grade } of input.grades) {
      known(option, 'grades');
      if (!GRADES.includes(grade)) throw invalid(`Mention inconnue : « ${grade} ».`, 'grades');
      if (grades[option]) throw invalid(`L’option « ${labels.get(option)} » a reçu deux mentions.`, 'grades');
      grades[option] = grade;
    }
    const missing = rules.options.find((option) => !grades[option.key]);
    if (missing) throw invalid(`Donnez une mention à « ${missing.label} » : chaque option en reçoit une.`, 'grades');
    return { grades };
  }
  const approved = new Set<string>();
  for (const key of input.approved!) {
    known(key, 'approved');
    if (approved.has(key)) throw invalid(`L’option « ${labels.get(key)} » est cochée deux fois.`, 'approved');
    approved.add(key);
  }
  return { approved: rules.options.map((option) => option.key).filter((key) => approved.has(key)) };
}
