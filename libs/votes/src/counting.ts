/**
 * Counting: the tally of a vote's ballots and its result, for each method. Pure functions, used by
 * the server when a vote closes and by the ledger verifier, so that both count the same way.
 */

export const METHODS = ['for_against_abstain', 'majority_judgment', 'approval'] as const;
export type VoteMethod = (typeof METHODS)[number];

export const THRESHOLDS = ['simple_majority', 'absolute_majority', 'two_thirds'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export const POSITIONS = ['for', 'against', 'abstain'] as const;
export type Position = (typeof POSITIONS)[number];

/** The seven grades of majority judgment, best first: « Excellent » … « À rejeter ». */
export const GRADES = ['excellent', 'very_good', 'good', 'fairly_good', 'passable', 'insufficient', 'reject'] as const;
export type Grade = (typeof GRADES)[number];

export interface VoteOption {
  key: string;
  label: string;
}

/** What a ballot says, in the stored and published form. */
export type Choice = { position: Position } | { grades: Record<string, Grade> } | { approved: string[] };

/** What counting needs to know of a vote. */
export interface CountingRules {
  method: VoteMethod;
  threshold: Threshold | null;
  quorumPercent: number;
  options: VoteOption[];
  eligibleCount: number;
}

export interface OptionTally {
  key: string;
  /** Majority judgment: how many ballots gave each grade, in the order of GRADES. */
  profile?: number[];
  /** Approval: how many ballots approved the option. */
  approvals?: number;
}

export interface Tally {
  ballots: number;
  for?: number;
  against?: number;
  abstain?: number;
  options?: OptionTally[];
}

export interface RankedOption {
  key: string;
  rank: number;
  majorityGrade?: Grade;
  approvals?: number;
}

export type Outcome = 'adopted' | 'rejected' | 'no_quorum' | 'ranked';

export interface VoteResult {
  outcome: Outcome;
  quorumReached: boolean;
  /** Options votes: best first; equal options share a rank. */
  ranking?: RankedOption[];
}

export function tally(rules: CountingRules, choices: Iterable<Choice>): Tally {
  let ballots = 0;
  if (rules.method === 'for_against_abstain') {
    const counts = { for: 0, against: 0, abstain: 0 };
    for (const choice of choices) {
      ballots += 1;
      counts[(choice as { position: Position }).position] += 1;
    }
    return { ballots, ...counts };
  }
  const index = new Map(rules.options.map((option, i) => [option.key, i]));
  if (rules.method === 'majority_judgment') {
    const gradeIndex = new Map(GRADES.map((grade, i) => [grade, i]));
    const profiles = rules.options.map(() => GRADES.map(() => 0));
    for (const choice of choices) {
      ballots += 1;
      for (const [key, grade] of Object.entries((choice as { grades: Record<string, Grade> }).grades)) {
        profiles[index.get(key)!][gradeIndex.get(grade)!] += 1;
      }
    }
    return { ballots, options: rules.options.map((option, i) => ({ key: option.key, profile: profiles[i] })) };
  }
  const approvals = rules.options.map(() => 0);
  for (const choice of choices) {
    ballots += 1;
    for (const key of (choice as { approved: string[] }).approved) approvals[index.get(key)!] += 1;
  }
  return { ballots, options: rules.options.map((option, i) => ({ key: option.key, approvals: approvals[i] })) };
}

/** Whether enough of the eligible voters took part: at least quorumPercent of them. */
export const quorumReached = (rules: CountingRules, ballots: number) =>
  ballots * 100 >= rules.quorumPercent * rules.eligibleCount;

export function result(rules: CountingRules, counted: Tally): VoteResult {
  const quorum = quorumReached(rules, counted.ballots);
  if (rules.method === 'for_against_abstain') {
    if (!quorum) return { outcome: 'no_quorum', quorumReached: false };
    return { outcome: adopts(rules, counted) ? 'adopted' : 'rejected', quorumReached: true };
  }
  const ranking =
    rules.method === 'majority_judgment'
      ? rank(
          counted.options!,
          (a, b) => compareMeritProfiles(a.profile!, b.profile!),
          (option) => ({
            majorityGrade: GRADES[majorityGradeIndex(option.profile!)],
          }),
        )
      : rank(
          counted.options!,
          (a, b) => b.approvals! - a.approvals!,
          (option) => ({ approvals: option.approvals }),
        );
  return { outcome: quorum ? 'ranked' : 'no_quorum', quorumReached: quorum, ranking };
}

function adopts(rules: CountingRules, counted: Tally): boolean {
  const inFavour = counted.for!;
  switch (rules.threshold) {
    case 'simple_majority':
      return inFavour > counted.against!;
    case 'absolute_majority':
      return inFavour * 2 > rules.eligibleCount;
    case 'two_thirds':
      return inFavour > 0 && inFavour * 3 >= (inFavour + counted.against!) * 2;
    default:
      throw new Error(`A for/against vote needs a threshold, not ${String(rules.threshold)}`);
  }
}

/** Sorts best first with `compare` (negative: a before b); options that compare equal share a rank. */
function rank(
  options: OptionTally[],
  compare: (a: OptionTally, b: OptionTally) => number,
  describe: (option: OptionTally) => Partial<RankedOption>,
): RankedOption[] {
  const sorted = [...options].sort((a, b) => compare(a, b) || a.key.localeCompare(b.key));
  let rankOfPrevious = 0;
  return sorted.map((option, i) => {
    if (i === 0 || compare(sorted[i - 1], option) !== 0) rankOfPrevious = i + 1;
    return { key: option.key, rank: rankOfPrevious, ...describe(option) };
  });
}

/**
 * The majority grade (Balinski & Laraki): the best grade that an absolute majority of the ballots
 * give at least; with an even number of ballots, the lower of the two middle grades. Returned as
 * an index into GRADES (0 is the best). An option nobody graded has none: GRADES.length.
 */
export function majorityGradeIndex(profile: readonly number[]): number {
  const total = profile.reduce((sum, count) => sum + count, 0);
  const needed = Math.floor(total / 2) + 1;
  let atLeast = 0;
  for (let grade = 0; grade < profile.length; grade += 1) {
    atLeast += profile[grade];
    if (atLeast >= needed) return grade;
  }
  return profile.length;
}

/**
 * Balinski & Laraki's majority-value order: the option with the better majority grade wins; when
 * both have the same, one ballot of that grade is set aside from each and the majority grades of
 * what remains are compared, and so on (Balinski & Laraki, « A theory of measuring, electing, and
 * ranking », PNAS 104(21), 2007; *Majority Judgment*, MIT Press, 2011). Negative when
 * `a` ranks before `b`, zero when the profiles are identical. Both profiles count the same number
 * of ballots, as every ballot grades every option.
 */
export function compareMeritProfiles(a: readonly number[], b: readonly number[]): number {
  const left = [...a];
  const right = [...b];
  let remaining = left.reduce((sum, count) => sum + count, 0);
  while (remaining > 0) {
    const gradeLeft = majorityGradeIndex(left);
    const gradeRight = majorityGradeIndex(right);
    if (gradeLeft !== gradeRight) return gradeLeft - gradeRight;
    // Set one ballot of the shared majority grade aside from each, then compare again.
    left[gradeLeft] -= 1;
    right[gradeRight] -= 1;
    remaining -= 1;
  }
  return 0;
}
