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
 * reviewers it may have (ties by id); then, while a reviewer carries two more than another, a chain
 * of this run's assignments moves from the first towards the second, each hop to a reviewer who may
 * take it. A chain (rather than a single move) is needed when the idle reviewer may only take what a
 * third one holds. Loads end within one of each other unless conflicts leave no such chain.
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
  const taken = new Map(needs.map((need) => [need.submissionId, new Set(need.barred)]));
  for (const need of ordered) {
    const chosen = reviewers
      .filter((id) => !need.barred.has(id))
      .sort((a, b) => loads.get(a)! - loads.get(b)! || a.localeCompare(b))
      .slice(0, need.missing);
    for (const reviewerId of chosen) {
      loads.set(reviewerId, loads.get(reviewerId)! + 1);
      taken.get(need.submissionId)!.add(reviewerId);
      made.push({ submissionId: need.submissionId, reviewerId });
    }
  }
  // Each chain lowers the sum of squared loads, so this ends; the bound only guards against a bug.
  for (let chains = 0; chains < made.length * reviewers.length; chains += 1) {
    const chain = unloadingChain(made, reviewers, loads, taken);
    if (!chain) break;
    // Only the chain's ends change load.
    const unloaded = chain[0].from;
    const receiver = chain[chain.length - 1].to;
    // From the far end back, so that every hop's receiver is still free to take its submission.
    for (const { pair, to } of [...chain].reverse()) {
      taken.get(pair.submissionId)!.delete(pair.reviewerId);
      taken.get(pair.submissionId)!.add(to);
      pair.reviewerId = to;
    }
    loads.set(unloaded, loads.get(unloaded)! - 1);
    loads.set(receiver, loads.get(receiver)! + 1);
  }
  return made;
}

interface Hop {
  pair: { submissionId: string; reviewerId: string };
  from: string;
  to: string;
}

/**
 * A breadth-first search from the most loaded reviewers: hops hand one of this run's assignments
 * to a reviewer who may take it, until one reaches a reviewer carrying at least two fewer than
 * the chain's start. Returns the hops from start to end, or null when loads are as even as allowed.
 */
function unloadingChain(
  made: { submissionId: string; reviewerId: string }[],
  reviewers: string[],
  loads: Map<string, number>,
  taken: Map<string, Set<string>>,
): Hop[] | null {
  const load = (id: string) => loads.get(id)!;
  for (const start of [...reviewers].sort((a, b) => load(b) - load(a) || a.localeCompare(b))) {
    const reachedBy = new Map<string, Hop | null>([[start, null]]);
    const queue = [start];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const pair of made.filter((candidate) => candidate.reviewerId === from)) {
        for (const to of reviewers) {
          if (reachedBy.has(to) || taken.get(pair.submissionId)!.has(to)) continue;
          reachedBy.set(to, { pair, from, to });
          if (load(to) <= load(start) - 2) {
            const hops: Hop[] = [];
            for (let hop = reachedBy.get(to); hop; hop = reachedBy.get(hop.from)) hops.unshift(hop);
            return hops;
          }
          queue.push(to);
        }
      }
    }
  }
  return null;
}
