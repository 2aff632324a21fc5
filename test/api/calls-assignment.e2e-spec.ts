import { AssignmentService } from '@ouvroir/calls';
import type { Actor } from '@ouvroir/identity';
import { person, ServiceTesting, startServices } from '../support/service-testing';

/**
 * A large call: 300 eligible submissions, 40 reviewers, 4 reviews each, with conflicts of every
 * detectable kind sprinkled in (same organisation, co-applicant, member of the carrying group).
 * Seeded in SQL in this test's own database; assigned through the service.
 */
describe('calls: balanced assignment of a large call', () => {
  let services: ServiceTesting;
  let facilitator: Actor;
  let callId: string;
  const SUBMISSIONS = 300;
  const REVIEWERS = 40;
  const PER_SUBMISSION = 4;

  beforeAll(async () => {
    services = await startServices();
    facilitator = await person(services, { login: 'helene' });
    const sql = (text: string, values: unknown[] = []) => services.dataSource.query(text, values);
    const [{ id: domainId }] = await sql(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`);
    const [{ id: committeeId }] = await sql(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'committee', 'Copil', 'copil', 'public', 'open') RETURNING id`,
      [domainId],
    );
    await sql(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [
      committeeId,
      facilitator.id,
    ]);
    const organisations: string[] = (
      await sql(`INSERT INTO organisation (name) SELECT 'Structure ' || n FROM generate_series(1, 10) n RETURNING id`)
    ).map((row: { id: string }) => row.id);
    // Reviewers 0–9 each in one of the ten organisations; the others in none.
    const reviewers: string[] = (
      await sql(
        `INSERT INTO user_account (display_name, organisation_id)
         SELECT 'Évaluateur ' || n, CASE WHEN n < 10 THEN ($1::uuid[])[n + 1] END FROM generate_series(0, $2 - 1) n RETURNING id`,
        [organisations, REVIEWERS],
      )
    ).map((row: { id: string }) => row.id);
    // Every tenth applicant in one of those organisations.
    const applicants: string[] = (
      await sql(
        `INSERT INTO user_account (display_name, organisation_id)
         SELECT 'Porteur ' || n, CASE WHEN n % 10 = 0 THEN ($1::uuid[])[(n / 10) % 10 + 1] END FROM generate_series(0, $2 - 1) n RETURNING id`,
        [organisations, SUBMISSIONS],
      )
    ).map((row: { id: string }) => row.id);
    // Five carrying groups, each with two reviewers (10–19) among its members.
    const groups: string[] = [];
    for (let g = 0; g < 5; g += 1) {
      const [{ id }] = await sql(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $2, 'public', 'open') RETURNING id`,
        [domainId, `groupe-${g}`],
      );
      groups.push(id);
      for (const reviewer of [reviewers[10 + 2 * g], reviewers[11 + 2 * g]]) {
        await sql(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'member')`, [id, reviewer]);
      }
    }
    [{ id: callId }] = await sql(
      `INSERT INTO call (domain_id, committee_id, title, challenges, criteria, cutoffs, state, reviews_per_submission, created_by)
       VALUES ($1, $2, 'Grand appel', '{Défi}', '[{"key":"c1","name":"Qualité","description":"","weight":100}]',
               ARRAY[now() - interval '1 day'], 'reviewing', $3, $4) RETURNING id`,
      [domainId, committeeId, PER_SUBMISSION, facilitator.id],
    );
    await sql(`INSERT INTO call_reviewer (call_id, user_id, added_by) SELECT $1, unnest($2::uuid[]), $3`, [
      callId,
      reviewers,
      facilitator.id,
    ]);
    const submissions: string[] = (
      await sql(
        `INSERT INTO call_submission (call_id, created_by, state, cutoff_at, common_kind, common_name, carrying_group_id)
         SELECT $1, ($2::uuid[])[n + 1], 'eligible', now() - interval '1 day', 'software', 'Commun ' || n,
                CASE WHEN n % 30 = 0 THEN ($3::uuid[])[(n / 30) % 5 + 1] END
         FROM generate_series(0, $4 - 1) n ORDER BY n RETURNING id`,
        [callId, applicants, groups, SUBMISSIONS],
      )
    ).map((row: { id: string }) => row.id);
    await sql(
      `INSERT INTO call_submission_applicant (submission_id, user_id, role, accepted)
       SELECT s.id, s.created_by, 'lead', true FROM call_submission s WHERE s.call_id = $1`,
      [callId],
    );
    // Reviewers 20–25 co-apply to every fiftieth submission.
    for (let k = 0; k < SUBMISSIONS; k += 50) {
      await sql(
        `INSERT INTO call_submission_applicant (submission_id, user_id, role, accepted) VALUES ($1, $2, 'co_applicant', true)`,
        [submissions[k], reviewers[20 + k / 50]],
      );
    }
  });
  afterAll(() => services?.close());

  it(`gives each of ${SUBMISSIONS} submissions ${PER_SUBMISSION} reviewers, loads within one, none in a detectable conflict`, async () => {
    const made = await services.get(AssignmentService).assignAutomatically(facilitator, callId);
    expect(made).toBe(SUBMISSIONS * PER_SUBMISSION);

    const perSubmission: { count: string }[] = await services.dataSource.query(
      `SELECT count(r.id) FROM call_submission s LEFT JOIN call_review r ON r.submission_id = s.id WHERE s.call_id = $1 GROUP BY s.id`,
      [callId],
    );
    expect(new Set(perSubmission.map((row) => Number(row.count)))).toEqual(new Set([PER_SUBMISSION]));

    const loads: { load: string }[] = await services.dataSource.query(
      `SELECT count(r.id) AS load FROM call_reviewer cr LEFT JOIN call_review r ON r.reviewer_id = cr.user_id AND r.call_id = cr.call_id
       WHERE cr.call_id = $1 GROUP BY cr.user_id`,
      [callId],
    );
    const counts = loads.map((row) => Number(row.load));
    expect(counts).toHaveLength(REVIEWERS);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);

    const conflicted: unknown[] = await services.dataSource.query(
      `SELECT r.id FROM call_review r
       JOIN call_submission s ON s.id = r.submission_id
       JOIN user_account reviewer ON reviewer.id = r.reviewer_id
       WHERE r.call_id = $1 AND (
         EXISTS (SELECT 1 FROM call_submission_applicant a WHERE a.submission_id = s.id AND a.user_id = r.reviewer_id)
         OR EXISTS (SELECT 1 FROM call_submission_applicant a JOIN user_account u ON u.id = a.user_id
                    WHERE a.submission_id = s.id AND u.organisation_id = reviewer.organisation_id)
         OR EXISTS (SELECT 1 FROM membership m WHERE m.group_id = s.carrying_group_id AND m.user_id = r.reviewer_id))`,
      [callId],
    );
    expect(conflicted).toEqual([]);
    // Conflicts existed to be avoided: the seeding made some.
    const [{ pairs }] = await services.dataSource.query(
      `SELECT count(*)::int AS pairs FROM call_submission s JOIN call_submission_applicant a ON a.submission_id = s.id
       JOIN user_account u ON u.id = a.user_id WHERE s.call_id = $1 AND u.organisation_id IS NOT NULL`,
      [callId],
    );
    expect(pairs).toBeGreaterThan(0);

    // Run again: nothing is missing, nothing is assigned twice.
    expect(await services.get(AssignmentService).assignAutomatically(facilitator, callId)).toBe(0);
    expect(
      Number(
        (await services.dataSource.query(`SELECT count(*) FROM audit_entry WHERE action = 'review_assigned'`))[0].count,
      ),
    ).toBe(SUBMISSIONS * PER_SUBMISSION);
  });
});
