import { DomainError } from '@ouvroir/core';
import { GroupsService, MembershipsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { jobsDone } from '../../../test/support/jobs';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { CoauthorsService } from './coauthors.service';
import { ProposalAccessService } from './proposal-access.service';
import { ProposalsService } from './proposals.service';
import { WorkflowService } from './workflow.service';

/**
 * Where people stand towards proposals, as every feature service reads it: who reads what, their
 * roles and authorship, and in how many statements.
 */
describe('ProposalAccessService', () => {
  let services: ServiceTesting;
  let access: ProposalAccessService;
  let admin: Actor;
  let facilitator: Actor;
  let author: Actor;
  let coauthor: Actor;
  let voter: Actor;
  let outsider: Actor;
  let publicGroupId: string;
  let membersGroupId: string;
  let committeeId: string;

  /** How many statements `work` sends to PostgreSQL. */
  async function statements(work: () => Promise<unknown>): Promise<number> {
    // The acts of the fixtures are announced in the background, with queries of their own.
    await jobsDone(services.dataSource);
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await work();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  const notFound = (work: Promise<unknown>) =>
    expect(work).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'PROPOSAL_NOT_FOUND' });

  beforeAll(async () => {
    services = await startServices();
    access = services.get(ProposalAccessService);
    [admin, facilitator, author, coauthor, voter, outsider] = await Promise.all([
      person(services, { role: 'admin' }),
      person(services),
      person(services),
      person(services),
      person(services),
      person(services),
    ]);
    const groups = services.get(GroupsService);
    const memberships = services.get(MembershipsService);
    const group = (name: string, kind: 'working_group' | 'committee', visibility: 'public' | 'members') =>
      groups.create(admin, {
        domainSlug: 'logiciels-libres',
        kind,
        name,
        visibility,
        facilitatorId: facilitator.id,
        committeeId: kind === 'working_group' ? committeeId : undefined,
      });
    committeeId = (await group('Comité d’accès', 'committee', 'members')).id;
    publicGroupId = (await group('Groupe public d’accès', 'working_group', 'public')).id;
    membersGroupId = (await group('Groupe réservé d’accès', 'working_group', 'members')).id;
    for (const groupId of [publicGroupId, membersGroupId]) {
      await memberships.addMember(admin, groupId, author.id, 'member');
      await memberships.addMember(admin, groupId, coauthor.id, 'member');
    }
    await memberships.addMember(admin, committeeId, voter.id, 'voter');
  });
  afterAll(() => services.close());

  /** A proposal of `author` in `groupId`, co-written by `coauthor`, moved along `steps`. */
  async function proposal(groupId: string, steps: ('submit_for_discussion' | 'finalise')[] = []) {
    const { id } = await services.get(ProposalsService).create(author, groupId, { title: 'Une proposition' });
    await services.get(CoauthorsService).inviteCoauthor(author, id, coauthor.id);
    await services.get(CoauthorsService).respondToCoauthorship(coauthor, id, true);
    for (const step of steps) {
      await services.get(WorkflowService).transition(step === 'finalise' ? facilitator : author, id, step);
    }
    return id;
  }

  it('reads a proposal, its authors and where its author stands in one statement and one of groups', async () => {
    const id = await proposal(membersGroupId);
    let standing: Awaited<ReturnType<ProposalAccessService['readable']>> | undefined;
    // The proposal with its authors; the author's roles in the group and committee (a member
    // sees their group: nothing more is asked).
    expect(await statements(async () => (standing = await access.readable(author, id)))).toBe(2);
    expect(standing!.viewer).toMatchObject({
      groupVisible: true,
      groupRole: 'member',
      committeeRole: null,
      authorship: 'accepted',
    });
    expect(standing!.authors.map((row) => [row.userId, row.status])).toEqual([
      [author.id, 'accepted'],
      [coauthor.id, 'accepted'],
    ]);
    expect(standing!.authors[0].createdAt).toBeInstanceOf(Date);
  });

  it('asks the public only the proposal and its group’s visibility', async () => {
    const id = await proposal(publicGroupId, ['submit_for_discussion']);
    expect(await statements(() => access.readable(null, id))).toBe(2);
    const { viewer } = await access.readable(null, id);
    expect(viewer).toEqual({
      actor: null,
      groupVisible: true,
      groupRole: null,
      committeeRole: null,
      authorship: null,
    });
  });

  it('hides drafts from all but their authors, the group’s facilitators and administrators', async () => {
    const id = await proposal(publicGroupId);
    await notFound(access.readable(null, id));
    await notFound(access.readable(outsider, id));
    await notFound(access.readable(voter, id));
    for (const reader of [author, coauthor, facilitator, admin]) {
      expect((await access.readable(reader, id)).proposal.id).toBe(id);
    }
  });

  it('shows a members-only group’s proposals to its members, and to the committee once submitted', async () => {
    const id = await proposal(membersGroupId, ['submit_for_discussion']);
    await notFound(access.readable(null, id));
    await notFound(access.readable(outsider, id));
    await notFound(access.readable(voter, id));
    await services.get(WorkflowService).transition(facilitator, id, 'finalise');
    const { viewer } = await access.readable(voter, id);
    expect(viewer).toMatchObject({ groupVisible: false, groupRole: null, committeeRole: 'voter', authorship: null });
    await notFound(access.readable(outsider, id));
  });

  it('keeps authorship only while its holder writes in the group', async () => {
    const id = await proposal(membersGroupId);
    const memberships = services.get(MembershipsService);
    await memberships.changeRole(admin, membersGroupId, coauthor.id, 'observer');
    await notFound(access.readable(coauthor, id));
    await memberships.changeRole(admin, membersGroupId, coauthor.id, 'member');
    expect((await access.readable(coauthor, id)).viewer.authorship).toBe('accepted');
  });

  it('answers NOT_FOUND for an id that is none, and null among others', async () => {
    await notFound(access.readable(author, 'pas-un-id'));
    await expect(access.readable(author, '00000000-0000-0000-0000-000000000000')).rejects.toBeInstanceOf(DomainError);
    const id = await proposal(publicGroupId);
    const standings = await access.standings(author, ['00000000-0000-0000-0000-000000000000', id]);
    expect(standings.map((standing) => standing?.proposal.id ?? null)).toEqual([null, id]);
  });

  it('finds where the viewer stands towards a list in the same statements whatever its length', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => proposal(membersGroupId, ['submit_for_discussion'])));
    const proposals = (await access.standings(admin, ids)).map((standing) => standing!.proposal);
    const one = await statements(() => access.viewersOf(author, proposals.slice(0, 1)));
    expect(await statements(() => access.viewersOf(author, proposals))).toBe(one);
    const viewers = await access.viewersOf(author, proposals);
    expect(viewers.map((viewer) => viewer.authorship)).toEqual(['accepted', 'accepted', 'accepted']);
    // The authors the caller read already spare looking up the viewer's authorships.
    const authors = (await access.standings(admin, ids)).map((standing) => standing!.authors);
    expect(await statements(() => access.viewersOf(author, proposals, authors))).toBe(one - 1);
  });
});
