import { CALL_LIMITS } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { CallCriterion } from './call.entity';
import { CriterionScore } from './review.entity';

/** Every criterion of the grid once, a whole score from 0 to 5 and a comment; else SCORE_INVALID. */
export function validScores(criteria: CallCriterion[], scores: CriterionScore[]): CriterionScore[] {
  const keys = criteria.map((criterion) => criterion.key);
  const invalid = () => DomainError.of('SCORE_INVALID', { field: 'scores' });
  if (scores.length !== keys.length || new Set(scores.map((score) => score.criterionKey)).size !== keys.length) {
    throw invalid();
  }
  return keys.map((key) => {
    const given = scores.find((score) => score.criterionKey === key);
    const comment = given?.comment.trim() ?? '';
    if (
      !given ||
      !Number.isInteger(given.score) ||
      given.score < 0 ||
      given.score > CALL_LIMITS.scoreMax ||
      !comment ||
      comment.length > CALL_LIMITS.commentMax
    ) {
      throw invalid();
    }
    return { criterionKey: key, score: given.score, comment };
  });
}

/** Σ score × weight / 100: a score from 0 to 5 on the whole grid. */
export const weightedScore = (criteria: CallCriterion[], scores: CriterionScore[]): number =>
  Math.round(
    criteria.reduce(
      (total, criterion) =>
        total + (scores.find((score) => score.criterionKey === criterion.key)?.score ?? 0) * criterion.weight,
      0,
    ),
  ) / 100;

/** The mean of the reviewers' weighted scores and the spread between the highest and the lowest. */
export function scoreSummary(weighted: number[]): { mean: number | null; spread: number | null } {
  if (weighted.length === 0) return { mean: null, spread: null };
  const mean = weighted.reduce((total, score) => total + score, 0) / weighted.length;
  return {
    mean: Math.round(mean * 100) / 100,
    spread: Math.round((Math.max(...weighted) - Math.min(...weighted)) * 100) / 100,
  };
}

export interface AssignmentNeed {
  submissionId: string;
  /** How many more reviewers it needs. */
  missing: number;
  /** Reviewers who may not take it: already assigned (excluded ones too) or in conflict. */
  barred: Set<string>;
}

/**
 * Balanced assignment by load: the most constrained submissions first, each given the least loaded
 * reviewers it may have (ties by id). Without conflicts, loads stay within one of each other.
 */
export function balancedAssignment(
  needs: AssignmentNeed[],
  loads: Map<string, number>,
): { submissionId: string; reviewerId: string }[] {
  const reviewers = [...loads.keys()].sort();
  const ordered = [...needs].sort(
    (a, b) =>
      reviewers.length - a.barred.size - (reviewers.length - b.barred.size) ||
      a.submissionId.localeCompare(b.submissionId),
  );
  const made: { submissionId: string; reviewerId: string }[] = [];
  for (const need of ordered) {
    const chosen = reviewers
      .filter((id) => !need.barred.has(id))
      .sort((a, b) => loads.get(a)! - loads.get(b)! || a.localeCompare(b))
      .slice(0, need.missing);
    for (const reviewerId of chosen) {
      loads.set(reviewerId, loads.get(reviewerId)! + 1);
      made.push({ submissionId: need.submissionId, reviewerId });
    }
  }
  return made;
}
