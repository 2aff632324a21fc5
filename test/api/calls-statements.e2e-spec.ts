import { randomBytes } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The statements the facilitators' board and the results page send to PostgreSQL, as `npm run bench`
 * asks them: the same number for a call of 6 submissions as for one of 60, each with its reviews,
 * reviewers' names and loads (no query per submission, review or reviewer).
 */
const REVIEWERS = 6;
const PER_SUBMISSION = 2;

const BOARD = `query ($callId: ID!) { facilitatorBoard(callId: $callId) {
  submissions { submission { id commonName state decision eligibilityReason passedReview } meanScore spread missingReviewers
    reviews { id state link weightedScore reviewer { id displayName } } }
  reviewers { reviewer { id displayName } assigned submitted excluded } lateMilestones { id } } }`;
const RESULTS = `query ($callId: ID!) { callResults(callId: $callId) {
  rows { meanScore spread submission { id commonName licence decision motivation amountGranted rank } } } }`;

describe('calls: statements per request', () => {
  let app: PeopleApp;
  let claire: Person;
  const callIds = new Map<number, string>();

  /** A decided call of `size` submissions, Claire its committee's facilitator, every review submitted. */
  async function seedCall(size: number, claireId: string): Promise<string> {
    const sql = async (text: string, values: unknown[]) => (await app.sql.query(text, values)).rows;
    const suffix = randomBytes(3).toString('hex');
    const [{ id: domainId }] = await sql(`SELECT id FROM domain ORDER BY slug LIMIT 1`, []);
    const [{ id: committeeId }] = await sql(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
       VALUES ($1, 'committee', $2, $2, 'public', 'invitation') RETURNING id`,
      [domainId, `comite-${suffix}`],
    );
    await sql(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [
      committeeId,
      claireId,
    ]);
    const [{ id: callId }] = await sql(
      `INSERT INTO call (domain_id, committee_id, title, challenges, criteria, cutoffs, state, reviews_per_submission, created_by, decided_at)
       VALUES ($1, $2, 'Appel ' || $3, '{Outils}',
         '[{"key":"c1","name":"Qualité","description":"","weight":60},{"key":"c2","name":"Pertinence","description":"","weight":40}]',
         ARRAY[now() - interval '30 days'], 'decided', $4, $5, now()) RETURNING id`,
      [domainId, committeeId, suffix, PER_SUBMISSION, claireId],
    );
    const reviewers = (
      await sql(
        `INSERT INTO user_account (display_name) SELECT 'Évaluatrice ' || n || ' ' || $2 FROM generate_series(1, $1) n RETURNING id`,
        [REVIEWERS, suffix],
      )
    ).map((row) => row.id);
    await sql(`INSERT INTO call_reviewer (call_id, user_id, added_by) SELECT $1, unnest($2::uuid[]), $3`, [
      callId,
      reviewers,
      claireId,
    ]);
    const applicants = (
      await sql(
        `INSERT INTO user_account (display_name) SELECT 'Porteur ' || n FROM generate_series(1, $1) n RETURNING id`,
        [size],
      )
    ).map((row) => row.id);
    // The first four decided (two retained), the others not reviewed past the committee.
    await sql(
      `INSERT INTO call_submission (call_id, created_by, state, cutoff_at, common_kind, common_name, summary, licence,
         repository_url, maintainers, pitch, challenge, publish_consent, passed_review, rank, decision, motivation)
       SELECT $1, ($2::uuid[])[n], 'eligible', now() - interval '30 days', 'software', 'Commun ' || n, 'Un commun.', 'MIT',
         'https://forge.example/' || n, '{Mainteneur}', 'Présentation.', 'Outils', true, n <= 4, CASE WHEN n <= 4 THEN n END,
         CASE WHEN n <= 2 THEN 'retained' WHEN n <= 4 THEN 'not_retained' END, CASE WHEN n <= 4 THEN 'Motivation.' END
       FROM generate_series(1, $3) n`,
      [callId, applicants, size],
    );
    await sql(
      `INSERT INTO call_submission_applicant (submission_id, user_id, role, accepted)
       SELECT id, created_by, 'lead', true FROM call_submission WHERE call_id = $1`,
      [callId],
    );
    // Reviewer k takes submissions k and k+1 (mod 6) in turn: the same load for each.
    await sql(
      `INSERT INTO call_review (call_id, submission_id, reviewer_id, state, link, scores, weighted_score, assigned_by, submitted_at)
       SELECT $1, s.id, ($2::uuid[])[((s.ordinal * $3 + k) % $4) + 1], 'submitted', 'none',
         '[{"criterionKey":"c1","score":4,"comment":"Bien."},{"criterionKey":"c2","score":3,"comment":"Utile."}]', 3.6, $5, now()
       FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS ordinal FROM call_submission WHERE call_id = $1) s,
            generate_series(0, $3 - 1) k`,
      [callId, reviewers, PER_SUBMISSION, REVIEWERS, claireId],
    );
    return callId;
  }

  beforeAll(async () => {
    app = await startPeopleApp([account('claire')]);
    claire = await app.signIn('claire');
    for (const size of [6, 60]) callIds.set(size, await seedCall(size, claire.id!));
  });
  afterAll(() => app.close());

  /** The statements of one request, asked once before so that nothing is counted that a first time costs. */
  async function statements(person: Person, query: string, callId: string) {
    await person.graphql(query, { callId });
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const answer = await person.graphql(query, { callId });
      expect(answer.errors).toBeUndefined();
      return { count: spy.mock.calls.length, data: answer.data! };
    } finally {
      spy.mockRestore();
    }
  }

  it('shows the board of 6 and of 60 submissions in the same 9 statements, names and loads included', async () => {
    const counts: number[] = [];
    for (const size of [6, 60]) {
      const { count, data } = await statements(claire, BOARD, callIds.get(size)!);
      counts.push(count);
      const { submissions, reviewers } = data.facilitatorBoard;
      expect(submissions).toHaveLength(size);
      expect(submissions[0]).toMatchObject({ meanScore: 3.6, spread: 0, missingReviewers: 0 });
      expect(submissions[0].reviews).toHaveLength(PER_SUBMISSION);
      expect(submissions[0].reviews[0].reviewer.displayName).toMatch(/^Évaluatrice /);
      expect(reviewers).toHaveLength(REVIEWERS);
      // Every review is submitted and the turns are even: each reviewer has the same load.
      for (const load of reviewers) {
        expect(load.reviewer.displayName).toMatch(/^Évaluatrice /);
        expect(load).toMatchObject({ assigned: (size * PER_SUBMISSION) / REVIEWERS, excluded: 0 });
        expect(load.submitted).toBe(load.assigned);
      }
    }
    // The person, the call and their standing in it (3), the submissions, reviews, reviewers and late
    // milestones (4), every name at once (1).
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(9);
  });

  it('shows the results of 6 and of 60 submissions in the same 3 statements, to anyone', async () => {
    const counts: number[] = [];
    for (const size of [6, 60]) {
      const { count, data } = await statements(app.anonymous, RESULTS, callIds.get(size)!);
      counts.push(count);
      // The laureates first, then the not retained whose applicants consented, by rank.
      expect(data.callResults.rows.map((row: { submission: { rank: number } }) => row.submission.rank)).toEqual([
        1, 2, 3, 4,
      ]);
      expect(data.callResults.rows[0]).toMatchObject({ meanScore: 3.6, submission: { decision: 'retained' } });
    }
    // The call, its submissions, the published ones' reviews.
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });
});
