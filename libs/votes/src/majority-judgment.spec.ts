import { type Choice, compareMeritProfiles, type Grade, GRADES, majorityGradeIndex, result, tally } from './counting';
import { optionsFor, rules, times } from '../../../test/support/counting';

/** A merit profile in the order of GRADES, from counts by grade. */
const profileOf = (counts: Partial<Record<Grade, number>>): number[] => GRADES.map((grade) => counts[grade] ?? 0);

/**
 * Ballots that give each option exactly the given merit profile: ballot i gives each option the i-th of its grades.
 * Only the profiles matter to majority judgment, not how grades are paired on ballots.
 */
function ballotsWithProfiles(profiles: Record<string, number[]>): Choice[] {
  const columns = Object.entries(profiles).map(
    ([key, profile]) => [key, GRADES.flatMap((grade, i) => times(profile[i], grade))] as const,
  );
  const size = columns[0][1].length;
  for (const [, grades] of columns) expect(grades).toHaveLength(size);
  return Array.from({ length: size }, (_, i) => ({
    grades: Object.fromEntries(columns.map(([key, grades]) => [key, grades[i]])),
  }));
}

/** Counts majority-judgment ballots over the given options, every ballot's voter eligible, and ranks them. */
function judge(keys: string[], choices: Choice[]) {
  const counting = rules({ method: 'majority_judgment', options: optionsFor(...keys), eligibleCount: choices.length });
  const counted = tally(counting, choices);
  return { counted, ...result(counting, counted) };
}

const profileIn = (counted: ReturnType<typeof tally>, key: string) =>
  counted.options!.find((option) => option.key === key)!.profile!;

/*
 * Majority judgment: M. Balinski & R. Laraki, « A theory of measuring, electing, and ranking », PNAS 104(21), 2007,
 * https://www.pnas.org/content/104/21/8720; Majority Judgment, MIT Press, 2011. Their Orsay 2007 table could not be
 * read in full from the sources at hand (only a forum transcription whose rows do not all sum to 100 %), so no figure
 * of it is used here; the examples below come from the sources each names.
 */
describe('majority judgment: worked examples from the literature', () => {
  /*
   * Wikipedia, « Majority judgment », section « Example application » (the Tennessee capital), in the revision that
   * electowiki copied on « Majority Judgment » (« Example application: Updated following Wikipedia »,
   * https://electowiki.org/wiki/Majority_Judgment?diff=prev&diffonly=1&oldid=1348) and that J. Quinn quoted on the
   * election-methods list, 19 Oct 2011
   * (http://lists.electorama.com/pipermail/election-methods-electorama.com/2011-October/126747.html).
   * Voters: 42 % near Memphis (Memphis > Nashville > Chattanooga > Knoxville), 26 % near Nashville (Nashville >
   * Chattanooga > Knoxville > Memphis), 15 % near Chattanooga (Chattanooga > Knoxville > Nashville > Memphis),
   * 17 % near Knoxville (Knoxville > Chattanooga > Nashville > Memphis); « there were four ratings named Excellent,
   * Good, Fair and Poor, and each voter assigned four different ratings to the four cities ».
   * Percentages become 100 ballots, one per point: same shares, so same majority grades and order.
   * Scale: Excellent → excellent, Good → good, Fair → fairly_good, Poor → insufficient (very_good, passable and
   * reject unused; only the order of the grades matters).
   * The electowiki revision shows the Nashville (26/42/32/0 %) and Chattanooga (15/43/42/0 %) rows; Memphis and
   * Knoxville follow from the same rule (first → Excellent … fourth → Poor). Later revisions of the article use
   * other ratings (a three-way tie at « Fair »), so this test follows the revision cited.
   * By hand: Memphis Poor (42 % Excellent is no majority), Knoxville Fair, Nashville and Chattanooga Good; between
   * these two, both have more voters below Good than above, and Nashville fewer below (32 % < 42 %): Nashville wins.
   */
  it('elects Nashville in the Tennessee capital example (Wikipedia)', () => {
    const ballot = (memphis: Grade, nashville: Grade, chattanooga: Grade, knoxville: Grade): Choice => ({
      grades: { memphis, nashville, chattanooga, knoxville },
    });
    const ballots = [
      ...times(42, ballot('excellent', 'good', 'fairly_good', 'insufficient')), // near Memphis
      ...times(26, ballot('insufficient', 'excellent', 'good', 'fairly_good')), // near Nashville
      ...times(15, ballot('insufficient', 'fairly_good', 'excellent', 'good')), // near Chattanooga
      ...times(17, ballot('insufficient', 'fairly_good', 'good', 'excellent')), // near Knoxville
    ];

    const { counted, outcome, ranking } = judge(['memphis', 'nashville', 'chattanooga', 'knoxville'], ballots);

    expect(counted.ballots).toBe(100);
    // The two rows shown in the cited revision.
    expect(profileIn(counted, 'nashville')).toEqual(profileOf({ excellent: 26, good: 42, fairly_good: 32 }));
    expect(profileIn(counted, 'chattanooga')).toEqual(profileOf({ excellent: 15, good: 43, fairly_good: 42 }));
    expect(profileIn(counted, 'memphis')).toEqual(profileOf({ excellent: 42, insufficient: 58 }));
    expect(profileIn(counted, 'knoxville')).toEqual(
      profileOf({ excellent: 17, good: 15, fairly_good: 26, insufficient: 42 }),
    );
    expect(outcome).toBe('ranked');
    expect(ranking).toEqual([
      { key: 'nashville', rank: 1, majorityGrade: 'good' },
      { key: 'chattanooga', rank: 2, majorityGrade: 'good' },
      { key: 'knoxville', rank: 3, majorityGrade: 'fairly_good' },
      { key: 'memphis', rank: 4, majorityGrade: 'insufficient' },
    ]);
  });

  /*
   * Wikipedia, « Highest median voting rules », section « Example »
   * (https://en.wikipedia.org/wiki/Highest_median_voting_rules; same table on the copy at
   * http://cryer.org.uk/Highest_median_voting_rule). Seven grades, mapped one to one onto ours: Excellent → excellent,
   * Very Good → very_good, Good → good, Fair → fairly_good, Passable → passable, Inadequate → insufficient,
   * Bad → reject. Percentages (each row sums to 100 %) become 100 ballots, one per point.
   *   A: 5 13 21 20  9 17 15    B: 5 14 19 13 13 12 24    C: 4 6 10 15 16 24 25
   * By hand: A and B reach a majority at Fair (5+13+21+20 = 59 %, 5+14+19+13 = 51 %), C only at Passable (51 %).
   * A and B tie on Fair; both have more voters below Fair than above (A 39 % above, 41 % below; B 38 %, 49 %), and
   * the one with fewer below ranks first (Balinski & Laraki's rule as Fabre states it, see below): A, B, C.
   */
  it('ranks A, B, C in the seven-grade example of « Highest median voting rules » (Wikipedia)', () => {
    const a = [5, 13, 21, 20, 9, 17, 15];
    const b = [5, 14, 19, 13, 13, 12, 24];
    const c = [4, 6, 10, 15, 16, 24, 25];

    expect(majorityGradeIndex(a)).toBe(GRADES.indexOf('fairly_good'));
    expect(majorityGradeIndex(b)).toBe(GRADES.indexOf('fairly_good'));
    expect(majorityGradeIndex(c)).toBe(GRADES.indexOf('passable'));
    // A shared majority grade, decided by the tie-break.
    expect(compareMeritProfiles(a, b)).toBeLessThan(0);
    expect(compareMeritProfiles(b, a)).toBeGreaterThan(0);

    const { counted, ranking } = judge(['c', 'b', 'a'], ballotsWithProfiles({ a, b, c }));

    expect(counted.ballots).toBe(100);
    expect(profileIn(counted, 'a')).toEqual(a);
    expect(ranking).toEqual([
      { key: 'a', rank: 1, majorityGrade: 'fairly_good' },
      { key: 'b', rank: 2, majorityGrade: 'fairly_good' },
      { key: 'c', rank: 3, majorityGrade: 'passable' },
    ]);
  });

  /*
   * Wikipedia, « Majority judgment », older revision (copy at http://108.161.137.60/piglix/Majority_Judgment): « if
   * candidate X's sorted ratings were (Good, Good, Fair, Poor), while candidate Y had (Excellent, Fair, Fair, Fair),
   * the rounded medians would both be Fair. After removing one Fair from each list, the new lists are, respectively,
   * (Good, Good, Poor) and (Excellent, Fair, Fair), so X would win with a recalculated median of Good. »
   * Scale: Excellent → excellent, Good → good, Fair → fairly_good, Poor → insufficient.
   * Four ballots: the median falls between two grades, and the lower one is the majority grade.
   * Here comparing proponents minus opponents (Fabre's « typical judgment ») ties, 2 − 1 = 1 − 0: the majority
   * value decides where that difference does not.
   */
  it('breaks the X/Y tie of the « Majority judgment » article by setting one median grade aside', () => {
    const x = profileOf({ good: 2, fairly_good: 1, insufficient: 1 });
    const y = profileOf({ excellent: 1, fairly_good: 3 });

    expect(GRADES[majorityGradeIndex(x)]).toBe('fairly_good');
    expect(GRADES[majorityGradeIndex(y)]).toBe('fairly_good');
    // The article's second step, once one Fair is set aside from each.
    expect(GRADES[majorityGradeIndex(profileOf({ good: 2, insufficient: 1 }))]).toBe('good');
    expect(GRADES[majorityGradeIndex(profileOf({ excellent: 1, fairly_good: 2 }))]).toBe('fairly_good');
    expect(compareMeritProfiles(x, y)).toBeLessThan(0);

    const { ranking } = judge(['y', 'x'], ballotsWithProfiles({ x, y }));
    expect(ranking).toEqual([
      { key: 'x', rank: 1, majorityGrade: 'fairly_good' },
      { key: 'y', rank: 2, majorityGrade: 'fairly_good' },
    ]);
  });

  /*
   * No table found for this case: a small example derived by hand from the definitions in A. Fabre, « Tie-breaking
   * the highest median: alternatives to the majority judgment », Social Choice and Welfare (2021); preprint HAL
   * halshs-04363059, 25 June 2020 (https://docslib.org/doc/3572649), abstract: proponents (resp. opponents) rate a
   * candidate strictly above (resp. below) her median grade; the typical judgment orders tied candidates by the
   * difference of the two shares; « the majority judgment of Balinski & Laraki (2007) considers the largest of these
   * shares » — the larger share of proponents wins when it is the larger side, the smaller share of opponents when
   * opponents are the larger side.
   * 11 ballots each. A: 4 very_good, 2 good, 5 insufficient. B: 1 very_good, 7 good, 3 insufficient.
   * Both majority grades are good (A: 4, then 6 ≥ 6 ballots; B: 1, then 8). Opponents outnumber proponents for both
   * (A 5 > 4, B 3 > 1), so the fewer opponents win: B. Yet A has more proponents (4 > 1) and a better difference
   * (4 − 5 = −1 > 1 − 3 = −2): comparing proponents, or the typical judgment, would put A first.
   * Setting one good aside from each leaves A with 4 very_good, 1 good, 5 insufficient (majority grade insufficient)
   * and B with 1 very_good, 6 good, 3 insufficient (still good): B first, as the majority value says too.
   */
  it('ranks by the larger of the shares above and below the majority grade, not by the share above alone', () => {
    const a = profileOf({ very_good: 4, good: 2, insufficient: 5 });
    const b = profileOf({ very_good: 1, good: 7, insufficient: 3 });

    expect(GRADES[majorityGradeIndex(a)]).toBe('good');
    expect(GRADES[majorityGradeIndex(b)]).toBe('good');
    expect(compareMeritProfiles(b, a)).toBeLessThan(0);

    const { ranking } = judge(['a', 'b'], ballotsWithProfiles({ a, b }));
    expect(ranking).toEqual([
      { key: 'b', rank: 1, majorityGrade: 'good' },
      { key: 'a', rank: 2, majorityGrade: 'good' },
    ]);
  });

  /*
   * Derived by hand from the same rule (Fabre, abstract, as above): with the same majority grade, an option whose
   * proponents outnumber its opponents (« good+ ») ranks before one whose opponents outnumber its proponents
   * (« good− »). 5 ballots each. A: 1 excellent, 2 good, 2 reject (1 above, 2 below: « − »). B: 2 very_good, 2 good,
   * 1 fairly_good (2 above, 1 below: « + »). Both good; B first although A alone has an excellent.
   */
  it('ranks a « + » majority grade before the same grade « − »', () => {
    const a = profileOf({ excellent: 1, good: 2, reject: 2 });
    const b = profileOf({ very_good: 2, good: 2, fairly_good: 1 });

    expect(GRADES[majorityGradeIndex(a)]).toBe('good');
    expect(GRADES[majorityGradeIndex(b)]).toBe('good');
    expect(compareMeritProfiles(b, a)).toBeLessThan(0);
    expect(compareMeritProfiles(a, b)).toBeGreaterThan(0);
  });

  it('gives identical profiles the same rank, ordered by key, and the next option the rank after them', () => {
    const shared = profileOf({ excellent: 1, good: 2, reject: 2 });
    expect(compareMeritProfiles(shared, [...shared])).toBe(0);

    const { ranking } = judge(
      ['zeta', 'beta', 'alpha'],
      ballotsWithProfiles({ zeta: shared, alpha: shared, beta: profileOf({ good: 1, passable: 1, reject: 3 }) }),
    );
    expect(ranking).toEqual([
      { key: 'alpha', rank: 1, majorityGrade: 'good' },
      { key: 'zeta', rank: 1, majorityGrade: 'good' },
      { key: 'beta', rank: 3, majorityGrade: 'reject' },
    ]);
  });
});

describe('majority grade', () => {
  // With an even number of ballots, the lower of the two middle grades (the « lower of the two » of the Wikipedia
  // article cited above; Balinski & Laraki's lower middlemost grade).
  it('takes the lower middle grade of two ballots', () => {
    expect(GRADES[majorityGradeIndex(profileOf({ excellent: 1, reject: 1 }))]).toBe('reject');

    const { ranking } = judge(['only'], [{ grades: { only: 'excellent' } }, { grades: { only: 'reject' } }]);
    expect(ranking).toEqual([{ key: 'only', rank: 1, majorityGrade: 'reject' }]);
  });

  it('takes the lower middle grade of four ballots, and the middle one of an odd number', () => {
    expect(GRADES[majorityGradeIndex(profileOf({ excellent: 1, very_good: 1, good: 1, fairly_good: 1 }))]).toBe('good');
    expect(GRADES[majorityGradeIndex(profileOf({ excellent: 2, reject: 2 }))]).toBe('reject');
    expect(GRADES[majorityGradeIndex(profileOf({ excellent: 2, reject: 1 }))]).toBe('excellent');
    expect(GRADES[majorityGradeIndex(profileOf({ excellent: 1, passable: 1, reject: 1 }))]).toBe('passable');
  });

  it('has none for an option nobody graded', () => {
    expect(majorityGradeIndex(profileOf({}))).toBe(GRADES.length);
  });
});

describe('majority judgment and approval: quorum', () => {
  it('still ranks a majority-judgment vote below quorum, as no_quorum', () => {
    const counting = rules({
      method: 'majority_judgment',
      options: optionsFor('a'),
      eligibleCount: 10,
      quorumPercent: 50,
    });
    const below = result(counting, tally(counting, times(4, { grades: { a: 'good' } })));
    expect(below).toEqual({
      outcome: 'no_quorum',
      quorumReached: false,
      ranking: [{ key: 'a', rank: 1, majorityGrade: 'good' }],
    });
    expect(result(counting, tally(counting, times(5, { grades: { a: 'good' } }))).outcome).toBe('ranked');
  });
});
