import { randomBytes } from 'node:crypto';
import { verifyLedger } from '@ouvroir/votes';
import { jobsDone } from '../support/jobs';
import { account, GraphqlAnswer, PeopleApp, Person, startPeopleApp } from '../support/people';

const CREATE_CALL = `mutation ($committeeId: ID!, $input: CallInput!) { createCall(committeeId: $committeeId, input: $input) { id state criteria { key name weight } } }`;
const ADD_REVIEWER = `mutation ($callId: ID!, $userId: ID!) { addCallReviewer(callId: $callId, userId: $userId) { id } }`;
const REMOVE_REVIEWER = `mutation ($callId: ID!, $userId: ID!) { removeCallReviewer(callId: $callId, userId: $userId) { id } }`;
const OPEN_CALL = `mutation ($id: ID!) { openCall(id: $id) { id state } }`;
const START_REVIEW = `mutation ($id: ID!) { startCallReview(id: $id) { id state } }`;
const DELIBERATE = `mutation ($id: ID!, $closesAt: DateTime!) { openCallDeliberation(id: $id, closesAt: $closesAt) { id state voteId } }`;
const PUBLISH = `mutation ($id: ID!) { publishCallDecision(id: $id) { id state } }`;
const CREATE_SUBMISSION = `mutation ($callId: ID!, $input: SubmissionInput!, $co: [ID!]) {
  createSubmission(callId: $callId, input: $input, coApplicantIds: $co) { id state revision } }`;
const UPDATE_SUBMISSION = `mutation ($id: ID!, $base: Int!, $input: SubmissionInput!) {
  updateSubmission(id: $id, baseRevision: $base, input: $input) { id revision licence } }`;
const SUBMIT = `mutation ($id: ID!) { submitSubmission(id: $id) { id state } }`;
const ACCEPT = `mutation ($id: ID!) { acceptCoApplication(id: $id) { id } }`;
const CHECKS = `query ($callId: ID!, $input: SubmissionInput!) { submissionChecks(callId: $callId, input: $input) { check passed } }`;
const ELIGIBILITY = `mutation ($id: ID!, $eligible: Boolean!, $reason: String!) { decideEligibility(id: $id, eligible: $eligible, reason: $reason) { id state eligibilityReason } }`;
const ASSIGN = `mutation ($submissionId: ID!, $reviewerId: ID!) { assignReviewer(submissionId: $submissionId, reviewerId: $reviewerId) { id state } }`;
const AUTO = `mutation ($callId: ID!) { assignReviewersAutomatically(callId: $callId) }`;
const DECLARE = `mutation ($id: ID!, $link: ReviewLink!, $text: String) { declareReviewLink(id: $id, link: $link, text: $text) { id state } }`;
const SCORE = `mutation ($id: ID!, $scores: [CriterionScoreInput!]!) { submitReview(id: $id, scores: $scores) { id state weightedScore } }`;
const WORKSPACE = `query ($callId: ID!) { reviewerWorkspace(callId: $callId) { assignments { review { id state } submission { id commonName pitch } } } }`;
const SUBMISSION = `query ($id: ID!) { submission(id: $id) { id state pitch meanScore scoreSpread
  reviews { state scores { score } weightedScore reviewer { displayName } mine } applicants { user { id } role accepted } } }`;
const BOARD = `query ($callId: ID!) { facilitatorBoard(callId: $callId) { submissions { submission { id } meanScore spread missingReviewers
  reviews { reviewer { id } state } } reviewers { reviewer { id } assigned submitted excluded } lateMilestones { id title } } }`;
const DECIDE = `mutation ($id: ID!, $input: SubmissionDecisionInput!) { decideSubmission(id: $id, input: $input) { id decision } }`;
const RESULTS = `query ($callId: ID!) { callResults(callId: $callId) { csvUrl rows { meanScore spread submission { id commonName decision amountGranted rank
  reviews { scores { score } reviewer { displayName } } } } } }`;
const CAST = `mutation ($voteId: ID!, $ballot: BallotInput!, $secret: String!) { castBallot(voteId: $voteId, ballot: $ballot, secret: $secret) { receipt } }`;
const ADD_MILESTONE = `mutation ($submissionId: ID!, $title: String!, $dueOn: String!) { addMilestone(submissionId: $submissionId, title: $title, dueOn: $dueOn) { id status } }`;
const UPDATE_MILESTONE = `mutation ($id: ID!, $input: MilestoneUpdateInput!) { updateMilestone(id: $id, input: $input) { id status percent } }`;

const reasonOf = (answer: GraphqlAnswer) => (answer.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;
const ok = <T extends GraphqlAnswer>(answer: T): T => {
  expect(answer.errors).toBeUndefined();
  return answer;
};
const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

const fields = (overrides: Record<string, unknown> = {}) => ({
  commonKind: 'software',
  commonName: 'Carnet de bord',
  summary: 'Un carnet de bord libre pour les classes.',
  licence: 'AGPL-3.0-or-later',
  repositoryUrl: 'https://forge.apps.education.fr/carnet/carnet',
  maintainers: ['Claire Test'],
  pitch: 'Un outil pour que chaque élève tienne son carnet de bord, partagé avec la classe et les familles.',
  challenge: 'Outils de la classe',
  amountAsked: 40_000,
  publishConsent: true,
  ...overrides,
});

const scores = (score: number, comment = 'Argumenté.') =>
  ['c1', 'c2', 'c3'].map((criterionKey) => ({ criterionKey, score, comment }));

describe('calls for commons', () => {
  let app: PeopleApp;
  let helene: Person, marc: Person, aicha: Person, claire: Person, yann: Person, samir: Person, karim: Person;
  let reviewers: Person[];
  let committeeId: string, callId: string;
  let claireSubmission: string, yannSubmission: string, karimSubmission: string;

  beforeAll(async () => {
    const logins = ['helene', 'marc', 'aicha', 'claire', 'yann', 'samir', 'karim', 'rose', 'remi', 'rita', 'raoul'];
    app = await startPeopleApp(logins.map((login) => account(login)));
    const people = await Promise.all(logins.map((login) => app.signIn(login)));
    [helene, marc, aicha, claire, yann, samir, karim] = people;
    reviewers = people.slice(7);
    // Everyone of their own structure, but Raoul works where Yann does: a detectable conflict.
    await app.sql.query('UPDATE user_account SET organisation_id = NULL');
    const organisation = (
      await app.sql.query(`INSERT INTO organisation (name) VALUES ('Université de test') RETURNING id`)
    ).rows[0].id;
    await app.sql.query('UPDATE user_account SET organisation_id = $1 WHERE id = ANY($2)', [
      organisation,
      [yann.id, reviewers[3].id],
    ]);
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    committeeId = (
      await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'committee', $2, $2, 'public', 'open') RETURNING id`,
        [domainId, `copil-${randomBytes(3).toString('hex')}`],
      )
    ).rows[0].id;
    for (const [person, role] of [
      [helene, 'facilitator'],
      [marc, 'voter'],
      [aicha, 'voter'],
      [yann, 'voter'],
    ] as const) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        committeeId,
        person.id,
        role,
      ]);
    }
  });
  afterAll(() => app?.close());

  const count = async (table: string) => Number((await app.sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  const callInput = (overrides: Record<string, unknown> = {}) => ({
    title: 'Communs pour la classe',
    body: 'Des outils libres pour la classe.',
    challenges: ['Outils de la classe', 'Ressources ouvertes'],
    cutoffs: [inAnHour()],
    budget: 100_000,
    ...overrides,
  });

  it('refuses a grid whose weights do not sum to 100, writing nothing (GRID_WEIGHTS_INVALID)', async () => {
    const criteria = [
      { name: 'Qualité technique', weight: 30 },
      { name: 'Pertinence', weight: 30 },
      { name: 'Communauté', weight: 30 },
    ];
    const answer = await helene.graphql(CREATE_CALL, { committeeId, input: callInput({ criteria }) });
    expect(reasonOf(answer)).toBe('GRID_WEIGHTS_INVALID');
    expect(await count('call')).toBe(0);
  });

  it('creates a draft with the default grid (30/40/30), only for the committee’s facilitators', async () => {
    expect(reasonOf(await claire.graphql(CREATE_CALL, { committeeId, input: callInput() }))).toBe(
      'CALL_FACILITATORS_ONLY',
    );
    expect(
      (await app.anonymous.graphql(CREATE_CALL, { committeeId, input: callInput() })).errors?.[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
    const answer = ok(await helene.graphql(CREATE_CALL, { committeeId, input: callInput() }));
    callId = answer.data!.createCall.id;
    expect(answer.data!.createCall.criteria.map((criterion: { weight: number }) => criterion.weight)).toEqual([
      30, 40, 30,
    ]);
    // A draft is its facilitators' only.
    expect(reasonOf(await app.anonymous.graphql(`query ($id: ID!) { call(id: $id) { id } }`, { id: callId }))).toBe(
      'CALL_NOT_FOUND',
    );
  });

  it('refuses to open a call without reviewers (CALL_NOT_READY), then opens it once named', async () => {
    expect(reasonOf(await helene.graphql(OPEN_CALL, { id: callId }))).toBe('CALL_NOT_READY');
    expect((await app.sql.query('SELECT state FROM call WHERE id = $1', [callId])).rows[0].state).toBe('draft');
    // A draft is hidden from whoever does not manage it.
    expect(reasonOf(await claire.graphql(ADD_REVIEWER, { callId, userId: reviewers[0].id }))).toBe('CALL_NOT_FOUND');
    for (const reviewer of reviewers) ok(await helene.graphql(ADD_REVIEWER, { callId, userId: reviewer.id }));
    expect(ok(await helene.graphql(OPEN_CALL, { id: callId })).data!.openCall.state).toBe('open');
    expect(
      (await app.anonymous.graphql(`query ($id: ID!) { call(id: $id) { state } }`, { id: callId })).data!.call.state,
    ).toBe('open');
  });

  it('shows the automatic checks while writing, and refuses to submit a licence not open (nothing written)', async () => {
    const checks = ok(
      await claire.graphql(CHECKS, { callId, input: fields({ licence: 'CC-BY-NC-4.0', maintainers: [] }) }),
    ).data!.submissionChecks;
    expect(
      checks.filter((check: { passed: boolean }) => !check.passed).map((check: { check: string }) => check.check),
    ).toEqual(['licence_open', 'maintainer']);
    const created = ok(
      await claire.graphql(CREATE_SUBMISSION, { callId, input: fields({ licence: 'CC-BY-NC-4.0' }), co: [samir.id] }),
    );
    claireSubmission = created.data!.createSubmission.id;
    expect(reasonOf(await claire.graphql(SUBMIT, { id: claireSubmission }))).toBe('SUBMISSION_LICENCE_NOT_OPEN');
    expect(
      (await app.sql.query('SELECT state FROM call_submission WHERE id = $1', [claireSubmission])).rows[0].state,
    ).toBe('draft');
    expect(
      reasonOf(
        await claire.graphql(UPDATE_SUBMISSION, {
          id: claireSubmission,
          base: 1,
          input: fields({ licence: 'not a licence (' }),
        }),
      ),
    ).toBe('SUBMISSION_LICENCE_INVALID');
    ok(await claire.graphql(UPDATE_SUBMISSION, { id: claireSubmission, base: 1, input: fields() }));
    // An edit from an old revision is refused.
    expect(reasonOf(await claire.graphql(UPDATE_SUBMISSION, { id: claireSubmission, base: 1, input: fields() }))).toBe(
      'SUBMISSION_REVISION_STALE',
    );
    expect(reasonOf(await samir.graphql(SUBMIT, { id: claireSubmission }))).toBe('SUBMISSION_APPLICANTS_ONLY');
    ok(await samir.graphql(ACCEPT, { id: claireSubmission }));
    expect(ok(await samir.graphql(SUBMIT, { id: claireSubmission })).data!.submitSubmission.state).toBe('submitted');
    expect(await count(`call_submission_revision WHERE submission_id = '${claireSubmission}'`)).toBe(2);

    yannSubmission = ok(
      await yann.graphql(CREATE_SUBMISSION, {
        callId,
        input: fields({
          commonName: 'Atelier de géométrie',
          challenge: 'Ressources ouvertes',
          maintainers: ['Yann Test'],
          publishConsent: false,
        }),
      }),
    ).data!.createSubmission.id;
    ok(await yann.graphql(SUBMIT, { id: yannSubmission }));
    karimSubmission = ok(
      await karim.graphql(CREATE_SUBMISSION, {
        callId,
        input: fields({ commonName: 'Quiz en ligne', repositoryUrl: 'https://example.org/quiz' }),
      }),
    ).data!.createSubmission.id;
    ok(await karim.graphql(SUBMIT, { id: karimSubmission }));
  });

  it('freezes submissions at the cut-off by the database clock (SUBMISSION_CLOSED, nothing written)', async () => {
    await app.sql.query(`UPDATE call SET cutoffs = ARRAY[clock_timestamp() - interval '1 second'] WHERE id = $1`, [
      callId,
    ]);
    await app.sql.query(
      `UPDATE call_submission SET cutoff_at = clock_timestamp() - interval '1 second' WHERE call_id = $1`,
      [callId],
    );
    expect(
      reasonOf(
        await claire.graphql(UPDATE_SUBMISSION, {
          id: claireSubmission,
          base: 2,
          input: fields({ commonName: 'Autre' }),
        }),
      ),
    ).toBe('SUBMISSION_CLOSED');
    expect(reasonOf(await marc.graphql(CREATE_SUBMISSION, { callId, input: fields() }))).toBe('SUBMISSION_CLOSED');
    expect(
      (await app.sql.query('SELECT revision, common_name FROM call_submission WHERE id = $1', [claireSubmission]))
        .rows[0],
    ).toEqual({
      revision: 2,
      common_name: 'Carnet de bord',
    });
    expect(await count(`call_submission WHERE created_by = '${marc.id}'`)).toBe(0);
  });

  it('records the human eligibility decisions with their reasons, journaled', async () => {
    // An applicant does not decide on their own submission, and does not see the others'.
    expect(reasonOf(await claire.graphql(ELIGIBILITY, { id: claireSubmission, eligible: true, reason: 'x' }))).toBe(
      'CALL_FACILITATORS_ONLY',
    );
    expect(reasonOf(await claire.graphql(ELIGIBILITY, { id: karimSubmission, eligible: false, reason: 'x' }))).toBe(
      'SUBMISSION_NOT_FOUND',
    );
    const refused = ok(
      await helene.graphql(ELIGIBILITY, {
        id: karimSubmission,
        eligible: false,
        reason: 'Le dépôt ne contient aucune licence.',
      }),
    );
    expect(refused.data!.decideEligibility.state).toBe('ineligible');
    ok(await helene.graphql(ELIGIBILITY, { id: claireSubmission, eligible: true, reason: 'Conforme.' }));
    ok(await helene.graphql(ELIGIBILITY, { id: yannSubmission, eligible: true, reason: 'Conforme.' }));
    expect(await count(`audit_entry WHERE action = 'submission_eligibility_decided'`)).toBe(3);
    ok(await helene.graphql(START_REVIEW, { id: callId }));
  });

  it('refuses a reviewer assigned to their own submission or in a detectable conflict, and one assigned twice', async () => {
    ok(await helene.graphql(ADD_REVIEWER, { callId, userId: claire.id }));
    expect(reasonOf(await helene.graphql(ASSIGN, { submissionId: claireSubmission, reviewerId: claire.id }))).toBe(
      'REVIEWER_CONFLICT',
    );
    ok(await helene.graphql(REMOVE_REVIEWER, { callId, userId: claire.id }));
    // Raoul works in Yann's organisation.
    expect(reasonOf(await helene.graphql(ASSIGN, { submissionId: yannSubmission, reviewerId: reviewers[3].id }))).toBe(
      'REVIEWER_CONFLICT',
    );
    expect(reasonOf(await helene.graphql(ASSIGN, { submissionId: karimSubmission, reviewerId: reviewers[0].id }))).toBe(
      'REVIEW_NOT_ELIGIBLE',
    );
    ok(await helene.graphql(ASSIGN, { submissionId: claireSubmission, reviewerId: reviewers[0].id }));
    expect(
      reasonOf(await helene.graphql(ASSIGN, { submissionId: claireSubmission, reviewerId: reviewers[0].id })),
    ).toBe('REVIEWER_ALREADY_ASSIGNED');
    expect(await count('call_review')).toBe(1);
  });

  it('assigns the missing reviewers by load, none in conflict', async () => {
    expect(ok(await helene.graphql(AUTO, { callId })).data!.assignReviewersAutomatically).toBe(3);
    const rows = (await app.sql.query('SELECT submission_id, reviewer_id FROM call_review')).rows;
    expect(rows.filter((row) => row.submission_id === yannSubmission).map((row) => row.reviewer_id)).not.toContain(
      reviewers[3].id,
    );
    const loads = reviewers.map((reviewer) => rows.filter((row) => row.reviewer_id === reviewer.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('shows a reviewer only what the common is until they declare no link; a declared link excludes them and they are replaced', async () => {
    const reviewsOf = async (submissionId: string) =>
      (
        await app.sql.query('SELECT id, reviewer_id FROM call_review WHERE submission_id = $1 ORDER BY created_at', [
          submissionId,
        ])
      ).rows;
    const [first, second] = await reviewsOf(claireSubmission);
    const firstReviewer = reviewers.find((reviewer) => reviewer.id === first.reviewer_id)!;
    const secondReviewer = reviewers.find((reviewer) => reviewer.id === second.reviewer_id)!;
    const before = ok(await firstReviewer.graphql(WORKSPACE, { callId })).data!.reviewerWorkspace.assignments;
    expect(before[0].submission).toMatchObject({ commonName: 'Carnet de bord', pitch: null });
    expect(reasonOf(await firstReviewer.graphql(SCORE, { id: first.id, scores: scores(4) }))).toBe(
      'REVIEW_DECLARATION_REQUIRED',
    );
    ok(await firstReviewer.graphql(DECLARE, { id: first.id, link: 'none' }));
    const after = ok(await firstReviewer.graphql(WORKSPACE, { callId })).data!.reviewerWorkspace.assignments;
    expect(after[0].submission.pitch).toContain('carnet de bord');
    // The second declares a link: excluded, the board shows one reviewer missing, the automatic assignment replaces them.
    ok(
      await secondReviewer.graphql(DECLARE, { id: second.id, link: 'other', text: 'J’ai encadré la thèse de Claire.' }),
    );
    const board = ok(await helene.graphql(BOARD, { callId })).data!.facilitatorBoard;
    expect(
      board.submissions.find((row: { submission: { id: string } }) => row.submission.id === claireSubmission)
        .missingReviewers,
    ).toBe(1);
    expect(ok(await helene.graphql(AUTO, { callId })).data!.assignReviewersAutomatically).toBe(1);
    const replaced = await reviewsOf(claireSubmission);
    expect(replaced).toHaveLength(3);
    expect(replaced[2].reviewer_id).not.toBe(second.reviewer_id);
  });

  it('refuses a score outside 0–5 or without a comment (SCORE_INVALID, nothing written)', async () => {
    const review = (
      await app.sql.query(
        `SELECT id, reviewer_id FROM call_review WHERE submission_id = $1 AND state = 'assigned' LIMIT 1`,
        [yannSubmission],
      )
    ).rows[0];
    const reviewer = reviewers.find((person) => person.id === review.reviewer_id)!;
    ok(await reviewer.graphql(DECLARE, { id: review.id, link: 'none' }));
    expect(reasonOf(await reviewer.graphql(SCORE, { id: review.id, scores: scores(6) }))).toBe('SCORE_INVALID');
    expect(reasonOf(await reviewer.graphql(SCORE, { id: review.id, scores: scores(-1) }))).toBe('SCORE_INVALID');
    expect(reasonOf(await reviewer.graphql(SCORE, { id: review.id, scores: scores(3, '  ') }))).toBe('SCORE_INVALID');
    expect(reasonOf(await reviewer.graphql(SCORE, { id: review.id, scores: scores(3).slice(1) }))).toBe(
      'SCORE_INVALID',
    );
    expect((await app.sql.query('SELECT state, scores FROM call_review WHERE id = $1', [review.id])).rows[0]).toEqual({
      state: 'cleared',
      scores: null,
    });
  });

  it('hides the others’ scores from a reviewer until theirs are in, and reviewers’ names from the applicants', async () => {
    const active = async (submissionId: string) =>
      (
        await app.sql.query(
          `SELECT id, reviewer_id, state FROM call_review WHERE submission_id = $1 AND state <> 'excluded' ORDER BY created_at`,
          [submissionId],
        )
      ).rows;
    const personOf = (id: string) => reviewers.find((reviewer) => reviewer.id === id)!;
    const [a, b] = await active(claireSubmission);
    if (b.state === 'assigned') ok(await personOf(b.reviewer_id).graphql(DECLARE, { id: b.id, link: 'none' }));
    ok(await personOf(a.reviewer_id).graphql(SCORE, { id: a.id, scores: scores(4) }));
    const seenBefore = ok(await personOf(b.reviewer_id).graphql(SUBMISSION, { id: claireSubmission })).data!.submission;
    expect(seenBefore.meanScore).toBeNull();
    expect(
      seenBefore.reviews
        .filter((review: { mine: boolean }) => !review.mine)
        .every((review: { scores: unknown }) => review.scores === null),
    ).toBe(true);
    ok(await personOf(b.reviewer_id).graphql(SCORE, { id: b.id, scores: scores(5) }));
    const seenAfter = ok(await personOf(b.reviewer_id).graphql(SUBMISSION, { id: claireSubmission })).data!.submission;
    expect(seenAfter.meanScore).toBe(4.5);
    expect(seenAfter.scoreSpread).toBe(1);
    const byApplicant = ok(await claire.graphql(SUBMISSION, { id: claireSubmission })).data!.submission;
    expect(byApplicant.reviews.every((review: { reviewer: unknown }) => review.reviewer === null)).toBe(true);
    expect(byApplicant.meanScore).toBeNull();
    for (const review of await active(yannSubmission)) {
      if (review.state === 'assigned')
        ok(await personOf(review.reviewer_id).graphql(DECLARE, { id: review.id, link: 'none' }));
      ok(await personOf(review.reviewer_id).graphql(SCORE, { id: review.id, scores: scores(3) }));
    }
  });

  let voteId: string;

  it('opens the committee’s majority-judgment vote on the reviewed submissions, the applicant voter recused (journaled)', async () => {
    expect(
      reasonOf(
        await helene.graphql(DECIDE, {
          id: claireSubmission,
          input: { decision: 'retained', motivation: 'Très utile.', amountGranted: 40_000 },
        }),
      ),
    ).toBe('CALL_STATE_INVALID');
    const opened = ok(await helene.graphql(DELIBERATE, { id: callId, closesAt: inAnHour() })).data!
      .openCallDeliberation;
    expect(opened.state).toBe('deliberating');
    voteId = opened.voteId;
    const roll = (await app.sql.query('SELECT user_id FROM vote_voter WHERE vote_id = $1', [voteId])).rows.map(
      (row) => row.user_id,
    );
    expect(roll.sort()).toEqual([marc.id, aicha.id].sort());
    expect(await count(`audit_entry WHERE action = 'vote_voter_recused' AND subject_user_id = '${yann.id}'`)).toBe(1);
    const vote = (await app.sql.query('SELECT options, method FROM vote WHERE id = $1', [voteId])).rows[0];
    expect(vote.method).toBe('majority_judgment');
    expect(vote.options).toHaveLength(2);
    const gradesFor = (first: string, second: string) => ({
      grades: [
        { option: 'o1', grade: first },
        { option: 'o2', grade: second },
      ],
    });
    expect(
      (
        await yann.graphql(CAST, {
          voteId,
          ballot: gradesFor('excellent', 'excellent'),
          secret: randomBytes(16).toString('base64url'),
        })
      ).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    ok(
      await marc.graphql(CAST, {
        voteId,
        ballot: gradesFor('excellent', 'good'),
        secret: randomBytes(16).toString('base64url'),
      }),
    );
    ok(
      await aicha.graphql(CAST, {
        voteId,
        ballot: gradesFor('very_good', 'passable'),
        secret: randomBytes(16).toString('base64url'),
      }),
    );
  });

  it('decides only on reviewed submissions once the vote is closed, within the budget, and publishes the results', async () => {
    const retain = { decision: 'retained', motivation: 'Utile à toutes les classes.', amountGranted: 40_000 };
    expect(reasonOf(await helene.graphql(DECIDE, { id: claireSubmission, input: retain }))).toBe(
      'CALL_VOTE_NOT_CLOSED',
    );
    await app.sql.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
    expect(reasonOf(await helene.graphql(DECIDE, { id: karimSubmission, input: retain }))).toBe(
      'DECISION_NOT_REVIEWED',
    );
    expect(
      reasonOf(await helene.graphql(DECIDE, { id: claireSubmission, input: { ...retain, amountGranted: 200_000 } })),
    ).toBe('CALL_BUDGET_EXCEEDED');
    expect(await count(`call_submission WHERE decision IS NOT NULL`)).toBe(0);
    ok(await helene.graphql(DECIDE, { id: claireSubmission, input: retain }));
    expect(reasonOf(await helene.graphql(PUBLISH, { id: callId }))).toBe('CALL_DECISIONS_MISSING');
    ok(
      await helene.graphql(DECIDE, {
        id: yannSubmission,
        input: { decision: 'not_retained', motivation: 'Moins prioritaire.' },
      }),
    );
    expect(ok(await helene.graphql(PUBLISH, { id: callId })).data!.publishCallDecision.state).toBe('decided');

    const results = ok(await app.anonymous.graphql(RESULTS, { callId })).data!.callResults;
    // Yann did not consent to publication: only the laureate is listed.
    expect(results.rows).toHaveLength(1);
    expect(results.rows[0]).toMatchObject({
      meanScore: 4.5,
      spread: 1,
      submission: { commonName: 'Carnet de bord', decision: 'retained', rank: 1 },
    });
    expect(results.rows[0].submission.reviews.every((review: { reviewer: unknown }) => review.reviewer === null)).toBe(
      true,
    );
    const csv = await app.t.http.get(results.csvUrl);
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toBe(
      'rang,commun,nature,licence,depot,defi,decision,conditions,motivation,note_moyenne,ecart,montant_demande,montant_accorde',
    );
    expect(csv.text).toContain('1,Carnet de bord,software,AGPL-3.0-or-later');
    const schema = JSON.parse((await app.t.http.get(`/calls/${callId}/results.schema.json`)).text);
    expect(schema.licenses[0].name).toBe('etalab-2.0');
    expect(schema.fields).toHaveLength(13);

    const ledger = await app.t.http.get(`/votes/${voteId}/ledger.json`);
    expect(verifyLedger(ledger.text)).toMatchObject({ ok: true, ballots: 2 });
  });

  it('makes each laureate a catalogue entry maintained by its applicants, not by the publisher, and only once', async () => {
    const common = (
      await app.sql.query(
        `SELECT c.id, c.slug, c.laureate_call_id, c.licence, c.domain_id = k.domain_id AS same_domain
         FROM call_submission s JOIN common c ON c.id = s.common_id JOIN call k ON k.id = s.call_id WHERE s.id = $1`,
        [claireSubmission],
      )
    ).rows[0];
    expect(common).toMatchObject({ laureate_call_id: callId, licence: 'AGPL-3.0-or-later', same_domain: true });
    const maintainers = (
      await app.sql.query('SELECT user_id FROM common_maintainer WHERE common_id = $1', [common.id])
    ).rows.map((row) => row.user_id);
    // Claire and Samir, her co-applicant who accepted; never Hélène, the facilitator who published.
    expect(maintainers.sort()).toEqual([claire.id, samir.id].sort());
    // The common's page names the call it won; the results link each laureate to its entry.
    const read = ok(
      await app.anonymous.graphql(
        `query ($slug: String!) { common(slug: $slug) { name laureateCallId laureateSubmission { id call { id title } } } }`,
        { slug: common.slug },
      ),
    ).data!.common;
    expect(read).toEqual({
      name: 'Carnet de bord',
      laureateCallId: callId,
      laureateSubmission: { id: claireSubmission, call: { id: callId, title: 'Communs pour la classe' } },
    });
    const linked = ok(
      await app.anonymous.graphql(
        `query ($callId: ID!) { call(id: $callId) { committee { id } } callResults(callId: $callId) { rows { submission { common { slug } } } } }`,
        { callId },
      ),
    ).data!;
    expect(linked.call.committee).toEqual({ id: committeeId });
    expect(linked.callResults.rows).toEqual([{ submission: { common: { slug: common.slug } } }]);
    // The catalogue filters its laureates.
    const catalogue = `query ($laureate: Boolean) { commons(filter: { laureate: $laureate }) { totalCount nodes { slug } } }`;
    expect(ok(await app.anonymous.graphql(catalogue, { laureate: true })).data!.commons).toEqual({
      totalCount: 1,
      nodes: [{ slug: common.slug }],
    });
    expect(ok(await app.anonymous.graphql(catalogue, { laureate: false })).data!.commons.totalCount).toBe(0);
    // Yann's submission, not retained, and Karim's, ineligible, became nothing.
    expect(await count(`call_submission WHERE common_id IS NOT NULL`)).toBe(1);
    expect(await count('common')).toBe(1);
    expect(await count(`audit_entry WHERE action = 'laureate_catalogued'`)).toBe(1);
    // Publishing again is refused and writes nothing.
    expect(reasonOf(await helene.graphql(PUBLISH, { id: callId }))).toBe('CALL_STATE_INVALID');
    expect(await count('common')).toBe(1);
    expect(await count(`common_maintainer WHERE user_id = '${helene.id}'`)).toBe(0);
  });

  it('changes no score after the decision (REVIEW_LOCKED)', async () => {
    const review = (await app.sql.query(`SELECT id, reviewer_id FROM call_review WHERE state = 'submitted' LIMIT 1`))
      .rows[0];
    const reviewer = reviewers.find((person) => person.id === review.reviewer_id)!;
    expect(reasonOf(await reviewer.graphql(SCORE, { id: review.id, scores: scores(0) }))).toBe('REVIEW_LOCKED');
  });

  it('lets the laureate’s applicants follow their milestones, the late ones shown to the facilitators', async () => {
    expect(
      reasonOf(
        await yann.graphql(ADD_MILESTONE, { submissionId: yannSubmission, title: 'Version 1', dueOn: '2030-01-01' }),
      ),
    ).toBe('MILESTONE_LAUREATES_ONLY');
    const milestone = ok(
      await claire.graphql(ADD_MILESTONE, {
        submissionId: claireSubmission,
        title: 'Première version',
        dueOn: '2020-01-01',
      }),
    ).data!.addMilestone;
    expect(
      reasonOf(
        await marc.graphql(UPDATE_MILESTONE, { id: milestone.id, input: { status: 'in_progress', percent: 10 } }),
      ),
    ).toBe('MILESTONE_LAUREATES_ONLY');
    const late = ok(await helene.graphql(BOARD, { callId })).data!.facilitatorBoard.lateMilestones;
    expect(late.map((row: { title: string }) => row.title)).toEqual(['Première version']);
    const updated = ok(
      await samir.graphql(UPDATE_MILESTONE, { id: milestone.id, input: { status: 'in_progress', percent: 40 } }),
    ).data!.updateMilestone;
    expect(updated).toMatchObject({ status: 'in_progress', percent: 40 });
    expect(
      reasonOf(await samir.graphql(UPDATE_MILESTONE, { id: milestone.id, input: { status: 'planned', percent: 0 } })),
    ).toBe('MILESTONE_INVALID');
    expect(await count(`audit_entry WHERE action IN ('milestone_added', 'milestone_updated')`)).toBe(2);
  });

  it('notifies the committee of the opening, the reviewers of their assignments, the applicants of the decisions', async () => {
    await jobsDone(app.sql);
    const kindsOf = async (person: Person) =>
      (
        await app.sql.query('SELECT kind, data FROM notification WHERE recipient_id = $1 ORDER BY created_at', [
          person.id,
        ])
      ).rows;
    expect((await kindsOf(marc)).map((row) => row.kind)).toContain('call_opened');
    expect((await kindsOf(reviewers[0])).map((row) => row.kind)).toContain('review_assigned');
    const karims = await kindsOf(karim);
    expect(karims.find((row) => row.kind === 'eligibility_decided')?.data).toMatchObject({ accepted: false });
    const claires = await kindsOf(claire);
    expect(claires.find((row) => row.kind === 'submission_decided')?.data).toMatchObject({ accepted: true });
    expect((await kindsOf(samir)).map((row) => row.kind)).toContain('submission_decided');
  });
});
