import { randomBytes } from 'node:crypto';
import { account, GraphqlAnswer, PeopleApp, Person, startPeopleApp } from '../support/people';

type Role = 'applicant' | 'coApplicant' | 'reviewer' | 'conflicted' | 'facilitator' | 'voter' | 'visitor';
const ROLES: Role[] = ['applicant', 'coApplicant', 'reviewer', 'conflicted', 'facilitator', 'voter', 'visitor'];

/** What each role gets: `ok`, or the refusal's reason (a visitor signs in first: SIGN_IN_REQUIRED). */
type Expected = Record<Role, string>;
const all = (outcome: string, overrides: Partial<Expected> = {}): Expected =>
  ({
    ...Object.fromEntries(ROLES.map((role) => [role, outcome])),
    ...overrides,
  }) as Expected;

const outcomeOf = (answer: GraphqlAnswer) => {
  const error: { code: string; reason?: string } | undefined = answer.errors?.[0]?.extensions;
  return error ? (error.reason ?? error.code) : 'ok';
};

const fields = {
  commonKind: 'software',
  commonName: 'Carnet de bord',
  summary: 'Un carnet de bord libre.',
  licence: 'EUPL-1.2',
  repositoryUrl: 'https://forge.apps.education.fr/carnet/carnet',
  maintainers: ['Claire Test'],
  pitch: 'Un outil pour que chaque élève tienne son carnet de bord, partagé avec la classe et les familles.',
  challenge: 'Outils de la classe',
  publishConsent: false,
};

/**
 * The rules of a call as a matrix: applicant, co-applicant, reviewer, conflicted reviewer (who
 * declared a link), facilitator, committee voter and visitor × every operation, at the review stage.
 */
describe('calls: who may do what', () => {
  let app: PeopleApp;
  const people = {} as Record<Role, Person>;
  let callId: string, submissionId: string, reviewId: string, excludedReviewId: string;

  beforeAll(async () => {
    const logins: [Role, string][] = [
      ['applicant', 'claire'],
      ['coApplicant', 'samir'],
      ['reviewer', 'rose'],
      ['conflicted', 'raoul'],
      ['facilitator', 'helene'],
      ['voter', 'marc'],
    ];
    app = await startPeopleApp([...logins.map(([, login]) => account(login)), account('remi')]);
    for (const [role, login] of logins) people[role] = await app.signIn(login);
    people.visitor = app.anonymous;
    const remi = await app.signIn('remi');
    await app.sql.query('UPDATE user_account SET organisation_id = NULL');
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const committeeId = (
      await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'committee', $2, $2, 'public', 'open') RETURNING id`,
        [domainId, `copil-${randomBytes(3).toString('hex')}`],
      )
    ).rows[0].id;
    await app.sql.query(
      `INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator'), ($1, $3, 'voter')`,
      [committeeId, people.facilitator.id, people.voter.id],
    );
    const step = async (person: Person, query: string, variables: Record<string, unknown>) => {
      const answer = await person.graphql(query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    };
    callId = (
      await step(
        people.facilitator,
        `mutation ($c: ID!, $i: CallInput!) { createCall(committeeId: $c, input: $i) { id } }`,
        {
          c: committeeId,
          i: {
            title: 'Communs pour la classe',
            challenges: ['Outils de la classe'],
            cutoffs: [new Date(Date.now() + 3600_000).toISOString()],
          },
        },
      )
    ).createCall.id;
    for (const reviewer of [people.reviewer, people.conflicted, remi]) {
      await step(people.facilitator, `mutation ($c: ID!, $u: ID!) { addCallReviewer(callId: $c, userId: $u) { id } }`, {
        c: callId,
        u: reviewer.id,
      });
    }
    await step(people.facilitator, `mutation ($id: ID!) { openCall(id: $id) { id } }`, { id: callId });
    submissionId = (
      await step(
        people.applicant,
        `mutation ($c: ID!, $i: SubmissionInput!, $co: [ID!]) { createSubmission(callId: $c, input: $i, coApplicantIds: $co) { id } }`,
        { c: callId, i: fields, co: [people.coApplicant.id] },
      )
    ).createSubmission.id;
    await step(people.coApplicant, `mutation ($id: ID!) { acceptCoApplication(id: $id) { id } }`, { id: submissionId });
    await step(people.applicant, `mutation ($id: ID!) { submitSubmission(id: $id) { id } }`, { id: submissionId });
    await app.sql.query(`UPDATE call SET cutoffs = ARRAY[clock_timestamp() - interval '1 second'] WHERE id = $1`, [
      callId,
    ]);
    await app.sql.query(
      `UPDATE call_submission SET cutoff_at = clock_timestamp() - interval '1 second' WHERE id = $1`,
      [submissionId],
    );
    await step(
      people.facilitator,
      `mutation ($id: ID!) { decideEligibility(id: $id, eligible: true, reason: "Conforme.") { id } }`,
      {
        id: submissionId,
      },
    );
    await step(people.facilitator, `mutation ($id: ID!) { startCallReview(id: $id) { id } }`, { id: callId });
    const assign = `mutation ($s: ID!, $r: ID!) { assignReviewer(submissionId: $s, reviewerId: $r) { id } }`;
    reviewId = (await step(people.facilitator, assign, { s: submissionId, r: people.reviewer.id })).assignReviewer.id;
    excludedReviewId = (await step(people.facilitator, assign, { s: submissionId, r: people.conflicted.id }))
      .assignReviewer.id;
    const declare = `mutation ($id: ID!, $l: ReviewLink!, $t: String) { declareReviewLink(id: $id, link: $l, text: $t) { id } }`;
    await step(people.reviewer, declare, { id: reviewId, l: 'none' });
    await step(people.conflicted, declare, { id: excludedReviewId, l: 'same_group', t: 'Même groupe de travail.' });
  });
  afterAll(() => app?.close());

  const scores = [
    { criterionKey: 'c1', score: 4, comment: 'Solide.' },
    { criterionKey: 'c2', score: 5, comment: 'Très utile.' },
    { criterionKey: 'c3', score: 3, comment: 'Communauté naissante.' },
  ];

  const operations: [string, () => [string, Record<string, unknown>], Expected][] = [
    ['read the call', () => [`query ($id: ID!) { call(id: $id) { id } }`, { id: callId }], all('ok')],
    [
      'read the submission',
      () => [`query ($id: ID!) { submission(id: $id) { id } }`, { id: submissionId }],
      all('ok', { voter: 'SUBMISSION_NOT_FOUND', visitor: 'SUBMISSION_NOT_FOUND' }),
    ],
    [
      'check fields',
      () => [
        `query ($c: ID!, $i: SubmissionInput!) { submissionChecks(callId: $c, input: $i) { passed } }`,
        { c: callId, i: fields },
      ],
      all('ok', { visitor: 'SIGN_IN_REQUIRED' }),
    ],
    [
      'read the facilitators’ board',
      () => [`query ($c: ID!) { facilitatorBoard(callId: $c) { call { id } } }`, { c: callId }],
      all('CALL_FACILITATORS_ONLY', { facilitator: 'ok', visitor: 'SIGN_IN_REQUIRED' }),
    ],
    [
      'read the reviewer’s workspace',
      () => [`query ($c: ID!) { reviewerWorkspace(callId: $c) { call { id } } }`, { c: callId }],
      all('REVIEW_NOT_FOUND', { reviewer: 'ok', conflicted: 'ok', visitor: 'SIGN_IN_REQUIRED' }),
    ],
    [
      'read the results before the decision',
      () => [`query ($c: ID!) { callResults(callId: $c) { csvUrl } }`, { c: callId }],
      all('CALL_STATE_INVALID'),
    ],
    [
      'edit the submission after the cut-off',
      () => [
        `mutation ($id: ID!, $i: SubmissionInput!) { updateSubmission(id: $id, baseRevision: 1, input: $i) { id } }`,
        { id: submissionId, i: fields },
      ],
      all('SUBMISSION_APPLICANTS_ONLY', {
        applicant: 'SUBMISSION_CLOSED',
        coApplicant: 'SUBMISSION_CLOSED',
        voter: 'SUBMISSION_NOT_FOUND',
        visitor: 'SIGN_IN_REQUIRED',
      }),
    ],
    [
      'decide eligibility again',
      () => [
        `mutation ($id: ID!) { decideEligibility(id: $id, eligible: false, reason: "Non.") { id } }`,
        { id: submissionId },
      ],
      all('CALL_FACILITATORS_ONLY', {
        facilitator: 'SUBMISSION_STATE_INVALID',
        voter: 'SUBMISSION_NOT_FOUND',
        visitor: 'SIGN_IN_REQUIRED',
      }),
    ],
    [
      'assign a reviewer already assigned',
      () => [
        `mutation ($s: ID!, $r: ID!) { assignReviewer(submissionId: $s, reviewerId: $r) { id } }`,
        { s: submissionId, r: people.reviewer.id },
      ],
      all('CALL_FACILITATORS_ONLY', {
        facilitator: 'REVIEWER_ALREADY_ASSIGNED',
        voter: 'SUBMISSION_NOT_FOUND',
        visitor: 'SIGN_IN_REQUIRED',
      }),
    ],
    [
      'assign reviewers automatically',
      () => [`mutation ($c: ID!) { assignReviewersAutomatically(callId: $c) }`, { c: callId }],
      all('CALL_FACILITATORS_ONLY', { facilitator: 'ok', visitor: 'SIGN_IN_REQUIRED' }),
    ],
    [
      'score the reviewer’s review',
      () => [
        `mutation ($id: ID!, $s: [CriterionScoreInput!]!) { submitReview(id: $id, scores: $s) { id } }`,
        { id: reviewId, s: scores },
      ],
      all('REVIEW_NOT_FOUND', { reviewer: 'ok', visitor: 'SIGN_IN_REQUIRED' }),
    ],
    [
      'score the excluded review',
      () => [
        `mutation ($id: ID!, $s: [CriterionScoreInput!]!) { submitReview(id: $id, scores: $s) { id } }`,
        { id: excludedReviewId, s: scores },
      ],
      all('REVIEW_NOT_FOUND', { conflicted: 'REVIEW_EXCLUDED', visitor: 'SIGN_IN_REQUIRED' }),
    ],
    [
      'decide on the submission before deliberation',
      () => [
        `mutation ($id: ID!, $i: SubmissionDecisionInput!) { decideSubmission(id: $id, input: $i) { id } }`,
        { id: submissionId, i: { decision: 'not_retained', motivation: 'Non.' } },
      ],
      all('CALL_FACILITATORS_ONLY', {
        facilitator: 'CALL_STATE_INVALID',
        voter: 'SUBMISSION_NOT_FOUND',
        visitor: 'SIGN_IN_REQUIRED',
      }),
    ],
    [
      'close the call',
      () => [`mutation ($id: ID!) { closeCall(id: $id) { id } }`, { id: callId }],
      all('CALL_FACILITATORS_ONLY', { facilitator: 'CALL_STATE_INVALID', visitor: 'SIGN_IN_REQUIRED' }),
    ],
    [
      'add a milestone before any decision',
      () => [
        `mutation ($s: ID!) { addMilestone(submissionId: $s, title: "Version 1", dueOn: "2030-01-01") { id } }`,
        { s: submissionId },
      ],
      all('MILESTONE_LAUREATES_ONLY', { voter: 'SUBMISSION_NOT_FOUND', visitor: 'SIGN_IN_REQUIRED' }),
    ],
  ];

  it.each(operations)('%s', async (_name, request, expected) => {
    const [query, variables] = request();
    const got: Partial<Expected> = {};
    for (const role of ROLES) got[role] = outcomeOf(await people[role].graphql(query, variables));
    expect(got).toEqual(expected);
  });

  it('shows the details to a reviewer only after their declaration, and the reviewers’ names to no applicant', async () => {
    const read = `query ($id: ID!) { submission(id: $id) { pitch reviews { mine scores { score } reviewer { id } } } }`;
    const seen: Partial<Record<Role, GraphqlAnswer>> = {};
    for (const role of ROLES) seen[role] = await people[role].graphql(read, { id: submissionId });
    expect(seen.conflicted!.data!.submission.pitch).toBeNull();
    expect(seen.reviewer!.data!.submission.pitch).toContain('carnet de bord');
    for (const role of ['applicant', 'coApplicant'] as const) {
      expect(seen[role]!.data!.submission.reviews).toEqual([]);
    }
    const named = (role: Role) =>
      seen[role]!.data!.submission.reviews.filter((review: { reviewer: unknown }) => review.reviewer !== null).length;
    expect(named('facilitator')).toBe(3);
    expect(named('reviewer')).toBe(1);
  });
});
