import { type Choice, type Position, result, tally, type Threshold } from './counting';
import { optionsFor, rules, times } from '../../../test/support/counting';

describe('for / against / abstain', () => {
  function vote(
    threshold: Threshold | null,
    counts: Partial<Record<Position, number>>,
    eligibleCount: number,
    quorumPercent = 0,
  ) {
    const counting = rules({ method: 'for_against_abstain', threshold, eligibleCount, quorumPercent });
    const choices = (['for', 'against', 'abstain'] as const).flatMap((position) =>
      times(counts[position] ?? 0, { position }),
    );
    return result(counting, tally(counting, choices));
  }

  it('counts the ballots by position', () => {
    const counting = rules({ method: 'for_against_abstain', threshold: 'simple_majority', eligibleCount: 10 });
    const choices: Choice[] = [
      { position: 'for' },
      { position: 'abstain' },
      { position: 'for' },
      { position: 'against' },
    ];
    expect(tally(counting, choices)).toEqual({ ballots: 4, for: 2, against: 1, abstain: 1 });
  });

  describe('simple majority: more for than against', () => {
    it('adopts with one vote more for than against, whatever the abstentions', () => {
      expect(vote('simple_majority', { for: 3, against: 2, abstain: 20 }, 30)).toEqual({
        outcome: 'adopted',
        quorumReached: true,
      });
    });

    it('rejects a tie', () => {
      expect(vote('simple_majority', { for: 2, against: 2, abstain: 1 }, 5).outcome).toBe('rejected');
    });

    it('rejects when nobody votes for or against', () => {
      expect(vote('simple_majority', { abstain: 3 }, 5).outcome).toBe('rejected');
    });
  });

  describe('absolute majority: for from more than half of the eligible voters', () => {
    it('adopts with more than half of the eligible voters for', () => {
      expect(vote('absolute_majority', { for: 6, against: 4 }, 10).outcome).toBe('adopted');
      expect(vote('absolute_majority', { for: 4 }, 7).outcome).toBe('adopted');
    });

    it('rejects with exactly half', () => {
      expect(vote('absolute_majority', { for: 5, against: 5 }, 10).outcome).toBe('rejected');
    });

    it('counts abstentions and absentees against', () => {
      // More for than against, but not more than half of the 10 eligible voters.
      expect(vote('absolute_majority', { for: 5, against: 1, abstain: 4 }, 10).outcome).toBe('rejected');
      expect(vote('absolute_majority', { for: 5 }, 10).outcome).toBe('rejected');
      expect(vote('absolute_majority', { for: 3, against: 0 }, 7).outcome).toBe('rejected');
    });
  });

  describe('two thirds of the votes expressed (for and against)', () => {
    it('adopts with exactly two thirds', () => {
      expect(vote('two_thirds', { for: 2, against: 1 }, 3).outcome).toBe('adopted');
      expect(vote('two_thirds', { for: 20, against: 10 }, 30).outcome).toBe('adopted');
    });

    it('rejects with just under two thirds', () => {
      expect(vote('two_thirds', { for: 3, against: 2 }, 5).outcome).toBe('rejected');
      expect(vote('two_thirds', { for: 19, against: 10 }, 29).outcome).toBe('rejected');
    });

    it('leaves abstentions out of the votes expressed', () => {
      expect(vote('two_thirds', { for: 2, against: 1, abstain: 10 }, 13).outcome).toBe('adopted');
    });

    it('rejects when no vote is expressed', () => {
      expect(vote('two_thirds', {}, 0).outcome).toBe('rejected');
      expect(vote('two_thirds', { abstain: 4 }, 4).outcome).toBe('rejected');
    });
  });

  describe('quorum: at least quorumPercent of the eligible voters take part', () => {
    it('passes exactly at the quorum, abstentions counting as taking part', () => {
      expect(vote('simple_majority', { for: 3, abstain: 2 }, 10, 50)).toEqual({
        outcome: 'adopted',
        quorumReached: true,
      });
    });

    it('gives no_quorum, whatever the votes, one ballot below it', () => {
      expect(vote('simple_majority', { for: 4 }, 10, 50)).toEqual({ outcome: 'no_quorum', quorumReached: false });
      expect(vote('two_thirds', { for: 4 }, 10, 50)).toEqual({ outcome: 'no_quorum', quorumReached: false });
    });

    it('rounds a fractional quorum up', () => {
      // 50 % of 7 voters is 3.5: 3 ballots are not enough, 4 are.
      expect(vote('simple_majority', { for: 3 }, 7, 50).outcome).toBe('no_quorum');
      expect(vote('simple_majority', { for: 4 }, 7, 50).outcome).toBe('adopted');
      // 33 % of 100 voters is exactly 33 ballots.
      expect(vote('simple_majority', { for: 32 }, 100, 33).outcome).toBe('no_quorum');
      expect(vote('simple_majority', { for: 33 }, 100, 33).outcome).toBe('adopted');
    });
  });

  it('refuses to count a for/against vote without a threshold', () => {
    expect(() => vote(null, { for: 1 }, 1)).toThrow('threshold');
  });
});

describe('approval', () => {
  const approval = (quorumPercent = 0, eligibleCount = 5) =>
    rules({
      method: 'approval',
      options: optionsFor('delta', 'bravo', 'alpha', 'charlie'),
      eligibleCount,
      quorumPercent,
    });
  const ballots: Choice[] = [
    { approved: ['delta', 'bravo'] },
    { approved: ['delta', 'alpha'] },
    { approved: ['bravo', 'delta', 'charlie'] },
    { approved: ['alpha'] },
    { approved: [] },
  ];

  it('counts the approvals of each option, and empty ballots as ballots', () => {
    expect(tally(approval(), ballots)).toEqual({
      ballots: 5,
      options: [
        { key: 'delta', approvals: 3 },
        { key: 'bravo', approvals: 2 },
        { key: 'alpha', approvals: 2 },
        { key: 'charlie', approvals: 1 },
      ],
    });
  });

  it('ranks by approvals, options with as many sharing a rank and ordered by key', () => {
    expect(result(approval(), tally(approval(), ballots))).toEqual({
      outcome: 'ranked',
      quorumReached: true,
      ranking: [
        { key: 'delta', rank: 1, approvals: 3 },
        { key: 'alpha', rank: 2, approvals: 2 },
        { key: 'bravo', rank: 2, approvals: 2 },
        { key: 'charlie', rank: 4, approvals: 1 },
      ],
    });
  });

  it('gives no_quorum below the quorum but still the ranking', () => {
    // 5 ballots out of 11 eligible voters, quorum 50 % (5.5).
    const counting = approval(50, 11);
    expect(result(counting, tally(counting, ballots))).toEqual({
      outcome: 'no_quorum',
      quorumReached: false,
      ranking: [
        { key: 'delta', rank: 1, approvals: 3 },
        { key: 'alpha', rank: 2, approvals: 2 },
        { key: 'bravo', rank: 2, approvals: 2 },
        { key: 'charlie', rank: 4, approvals: 1 },
      ],
    });
    // Exactly at the quorum: 5 ballots out of 10.
    expect(result(approval(50, 10), tally(approval(50, 10), ballots)).outcome).toBe('ranked');
  });
});
