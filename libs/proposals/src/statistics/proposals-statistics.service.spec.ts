import { GroupsService, MembershipsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { person, ServiceTesting, startServices } from '../../../../test/support/service-testing';
import { AmendmentsService } from '../amendments.service';
import { CommentsService } from '../comments.service';
import { ProposalsService } from '../proposals.service';
import { WorkflowService } from '../workflow.service';
import { ProposalsStatisticsService } from './proposals-statistics.service';

/**
 * The aggregates the indicators read. Dated in January 2026: weeks W02 (from Monday 5) to W05
 * (to Sunday 1 February), Paris time.
 */
describe('ProposalsStatisticsService', () => {
  let services: ServiceTesting;
  let statistics: ProposalsStatisticsService;
  let admin: Actor;
  let facilitator: Actor;
  let author: Actor;
  let member: Actor;
  let groupId: string;
  let otherGroupId: string;
  const january = { from: new Date('2026-01-05T00:00:00+01:00'), to: new Date('2026-02-02T00:00:00+01:00') };

  /** Sets when a row was made. */
  const dated = (table: string, id: string, at: string) =>
    services.dataSource.query(`UPDATE ${table} SET created_at = $2 WHERE id = $1`, [id, at]);

  /** A proposal created at `at` (its first revision and authorship too), moved along `steps`. */
  async function proposal(group: string, at: string, steps: ('submit_for_discussion' | 'finalise')[] = []) {
    const { id } = await services.get(ProposalsService).create(author, group, { title: 'Une proposition' });
    for (const step of steps) {
      await services.get(WorkflowService).transition(step === 'finalise' ? facilitator : author, id, step);
    }
    await dated('proposal', id, at);
    await services.dataSource.query(`UPDATE proposal_revision SET created_at = $2 WHERE proposal_id = $1`, [id, at]);
    await services.dataSource.query(`UPDATE proposal_author SET created_at = $2 WHERE proposal_id = $1`, [id, at]);
    await services.dataSource.query(`UPDATE proposal_transition SET created_at = $2 WHERE proposal_id = $1`, [id, at]);
    return id;
  }

  /** A vote's decision on a submitted proposal, at `at`. */
  async function decided(id: string, outcome: 'adopted' | 'rejected', at: string) {
    await services.get(ProposalsService).recordVoteOpened(id, null);
    await services.get(ProposalsService).recordVoteResult(id, outcome, null);
    await services.dataSource.query(
      `UPDATE proposal_transition SET created_at = $2 WHERE proposal_id = $1 AND to_state = $3`,
      [id, at, outcome],
    );
  }

  beforeAll(async () => {
    services = await startServices();
    statistics = services.get(ProposalsStatisticsService);
    [admin, facilitator, author, member] = await Promise.all([
      person(services, { role: 'admin' }),
      person(services),
      person(services),
      person(services),
    ]);
    const groups = services.get(GroupsService);
    const memberships = services.get(MembershipsService);
    const committee = await groups.create(admin, {
      domainSlug: 'logiciels-libres',
      kind: 'committee',
      name: 'Comité des chiffres',
      facilitatorId: facilitator.id,
    });
    const group = (name: string) =>
      groups.create(admin, {
        domainSlug: 'logiciels-libres',
        kind: 'working_group',
        name,
        visibility: 'public',
        facilitatorId: facilitator.id,
        committeeId: committee.id,
      });
    groupId = (await group('Groupe des chiffres')).id;
    otherGroupId = (await group('Autre groupe des chiffres')).id;
    for (const id of [groupId, otherGroupId]) {
      await memberships.addMember(admin, id, author.id, 'member');
      await memberships.addMember(admin, id, member.id, 'member');
    }

    // Adopted after 7 days, rejected after 21: a median of 14.
    const adopted = await proposal(groupId, '2026-01-06T10:00:00Z', ['submit_for_discussion', 'finalise']);
    await decided(adopted, 'adopted', '2026-01-13T10:00:00Z');
    const rejected = await proposal(groupId, '2026-01-07T10:00:00Z', ['submit_for_discussion', 'finalise']);
    await decided(rejected, 'rejected', '2026-01-28T10:00:00Z');
    await proposal(groupId, '2025-12-20T10:00:00Z');

    // Discussed in the other group: three comments (one hidden), two amendments (one accepted).
    const discussed = await proposal(otherGroupId, '2026-01-14T10:00:00Z', ['submit_for_discussion']);
    const comments = services.get(CommentsService);
    const first = await comments.addComment(member, discussed, 'Premier avis');
    const hidden = await comments.addComment(member, discussed, 'Hors sujet');
    const later = await comments.addComment(author, discussed, 'Réponse des auteurs');
    await comments.hideComment(facilitator, hidden.id, 'Hors sujet');
    await dated('proposal_comment', first.id, '2026-01-14T12:00:00Z');
    await dated('proposal_comment', hidden.id, '2026-01-14T13:00:00Z');
    await dated('proposal_comment', later.id, '2026-01-21T12:00:00Z');
    const amendments = services.get(AmendmentsService);
    const accepted = await amendments.proposeAmendment(member, discussed, 'Un meilleur texte');
    await amendments.decideAmendment(author, accepted.id, true);
    const pending = await amendments.proposeAmendment(facilitator, discussed, 'Un autre texte');
    await dated('amendment', accepted.id, '2026-01-15T10:00:00Z');
    await dated('amendment', pending.id, '2026-03-01T10:00:00Z');
    await services.dataSource.query(
      `UPDATE proposal_revision SET created_at = '2026-01-16T10:00:00Z' WHERE proposal_id = $1 AND number = 2`,
      [discussed],
    );
  });
  afterAll(() => services.close());

  it('counts proposals by state, in the groups asked for', async () => {
    expect(await statistics.byState({ groupIds: [groupId] })).toEqual({
      draft: 1,
      in_discussion: 0,
      submitted: 0,
      voting: 0,
      adopted: 1,
      rejected: 1,
      in_progress: 0,
      implemented: 0,
      withdrawn: 0,
    });
    const all = await statistics.byState();
    expect(all.in_discussion).toBe(1);
    expect(Object.values(await statistics.byState({ groupIds: [] }))).toEqual(Array(9).fill(0));
  });

  it('counts proposals created and decided per ISO week, weeks without any included', async () => {
    expect(await statistics.createdAndDecidedPerWeek(january, { groupIds: [groupId, otherGroupId] })).toEqual([
      { week: '2026-W02', start: '2026-01-05', created: 2, decided: 0 },
      { week: '2026-W03', start: '2026-01-12', created: 1, decided: 1 },
      { week: '2026-W04', start: '2026-01-19', created: 0, decided: 0 },
      { week: '2026-W05', start: '2026-01-26', created: 0, decided: 1 },
    ]);
  });

  it('gives the decisions and the median time from creation to decision', async () => {
    expect(await statistics.decisions({ groupIds: [groupId] })).toEqual({
      adopted: 1,
      rejected: 1,
      medianDaysToDecision: 14,
    });
    const firstWeeks = { from: january.from, to: new Date('2026-01-19T00:00:00+01:00') };
    expect(await statistics.decisions({}, firstWeeks)).toMatchObject({ adopted: 1, rejected: 0 });
    expect(await statistics.decisions({ groupIds: [otherGroupId] })).toEqual({
      adopted: 0,
      rejected: 0,
      medianDaysToDecision: null,
    });
  });

  it('counts amendments by status, in the period when given', async () => {
    expect(await statistics.amendmentsByStatus({ groupIds: [otherGroupId] })).toEqual({
      pending: 1,
      accepted: 1,
      rejected: 0,
      withdrawn: 0,
    });
    expect(await statistics.amendmentsByStatus({}, january)).toMatchObject({ pending: 0, accepted: 1 });
  });

  it('counts the comments of each week, those hidden by moderation aside', async () => {
    expect(await statistics.commentsPerWeek(january)).toEqual([
      { week: '2026-W02', start: '2026-01-05', comments: 0 },
      { week: '2026-W03', start: '2026-01-12', comments: 1 },
      { week: '2026-W04', start: '2026-01-19', comments: 1 },
      { week: '2026-W05', start: '2026-01-26', comments: 0 },
    ]);
  });

  it('counts each contributor once, never naming them', async () => {
    // The author wrote proposals and a comment; the member commented and amended, and their accepted
    // amendment made them the author of a revision; the facilitator's amendment came in March.
    expect(await statistics.contributors(january)).toEqual({ authors: 2, commenters: 2, amenders: 1, total: 2 });
    expect(await statistics.contributors(january, { groupIds: [groupId] })).toEqual({
      authors: 1,
      commenters: 0,
      amenders: 0,
      total: 1,
    });
  });

  it('refuses a period that ends before it begins', async () => {
    await expect(statistics.commentsPerWeek({ from: january.to, to: january.from })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'STATISTICS_PERIOD_INVALID',
    });
  });
});
