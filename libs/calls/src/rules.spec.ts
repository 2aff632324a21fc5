import { DomainError } from '@ouvroir/core';
import { validGrid } from './call.rules';
import { balancedAssignment, scoreSummary, validScores, weightedScore } from './review.rules';
import { licenceOpen } from './submission.rules';

const reasonOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as DomainError).reason;
  }
  return null;
};

describe('the rules of calls', () => {
  it('takes NLnet’s grid by default and refuses weights not summing to 100', () => {
    expect(validGrid(null).map((criterion) => [criterion.key, criterion.weight])).toEqual([
      ['c1', 30],
      ['c2', 40],
      ['c3', 30],
    ]);
    expect(reasonOf(() => validGrid([{ name: 'Seul', description: '', weight: 90 }]))).toBe('GRID_WEIGHTS_INVALID');
    expect(
      reasonOf(() =>
        validGrid([
          { name: 'A', description: '', weight: 150 },
          { name: 'B', description: '', weight: -50 },
        ]),
      ),
    ).toBe('GRID_WEIGHTS_INVALID');
  });

  it('weighs the scores, and refuses one outside 0–5, not whole, without comment or missing', () => {
    const grid = validGrid(null);
    const scores = [
      { criterionKey: 'c1', score: 5, comment: 'a' },
      { criterionKey: 'c2', score: 3, comment: 'b' },
      { criterionKey: 'c3', score: 4, comment: 'c' },
    ];
    expect(weightedScore(grid, validScores(grid, scores))).toBe(3.9);
    for (const bad of [
      scores.map((score) => ({ ...score, score: 6 })),
      scores.map((score) => ({ ...score, score: 2.5 })),
      scores.map((score) => ({ ...score, comment: ' ' })),
      scores.slice(1),
      [...scores.slice(1), scores[1]],
    ]) {
      expect(reasonOf(() => validScores(grid, bad))).toBe('SCORE_INVALID');
    }
    expect(scoreSummary([3.9, 2.1])).toEqual({ mean: 3, spread: 1.8 });
  });

  it('balances loads within one and never gives a barred reviewer', () => {
    const loads = new Map(['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => [id, 0]));
    const needs = Array.from({ length: 12 }, (_, index) => ({
      submissionId: `s${String(index).padStart(2, '0')}`,
      missing: 2,
      barred: new Set(index % 3 === 0 ? ['r1'] : []),
    }));
    const made = balancedAssignment(needs, loads);
    expect(made).toHaveLength(24);
    expect(made.filter((pair) => pair.reviewerId === 'r1' && Number(pair.submissionId.slice(1)) % 3 === 0)).toEqual([]);
    const counts = [...loads.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('moves an assignment to the reviewer a conflict left idle, rather than overloading another', () => {
    // « b » may only take s1; greedy order gives s1 to « a » first, then s2 overloads someone.
    const loads = new Map([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 1],
    ]);
    const made = balancedAssignment(
      [
        { submissionId: 's1', missing: 1, barred: new Set(['d']) },
        { submissionId: 's2', missing: 2, barred: new Set(['b']) },
      ],
      loads,
    );
    expect(made).toHaveLength(3);
    expect(made.find((pair) => pair.reviewerId === 'b')?.submissionId).toBe('s1');
    expect(new Set(made.filter((pair) => pair.submissionId === 's2').map((pair) => pair.reviewerId)).size).toBe(2);
    const counts = [...loads.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('moves a chain of assignments when the idle reviewer may only take what a third one holds', () => {
    // r0 already reviews s1; r3 may not review s2. Greedy gives s1 to r1 and s2 to r2 and r0,
    // leaving r0 at 2 and r3 idle: r0 hands s2 to r1, who hands s1 to r3.
    const loads = new Map([
      ['r0', 1],
      ['r1', 0],
      ['r2', 0],
      ['r3', 0],
    ]);
    const made = balancedAssignment(
      [
        { submissionId: 's1', missing: 1, barred: new Set(['r0']) },
        { submissionId: 's2', missing: 2, barred: new Set(['r3']) },
      ],
      loads,
    );
    expect(made).toHaveLength(3);
    expect([...loads.values()]).toEqual([1, 1, 1, 1]);
    expect(made.filter((pair) => pair.submissionId === 's1').map((pair) => pair.reviewerId)).not.toContain('r0');
    expect(made.filter((pair) => pair.submissionId === 's2').map((pair) => pair.reviewerId)).not.toContain('r3');
  });

  it('calls a licence open only when every identifier of the expression is in the list', () => {
    expect(licenceOpen('AGPL-3.0-or-later')).toBe(true);
    expect(licenceOpen('MIT OR CC-BY-NC-4.0')).toBe(false);
    expect(licenceOpen('etalab-2.0')).toBe(true);
    expect(licenceOpen('n’importe quoi')).toBe(false);
  });
});
