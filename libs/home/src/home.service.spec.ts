import { GroupsService, JoinRequestsService, MembershipsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { CoauthorsService, WorkflowService } from '@ouvroir/proposals';
import { ProxiesService } from '@ouvroir/votes';
import { proposalWorld, ProposalWorld } from '../../../test/support/proposal-world';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { HomeService } from './home.service';

describe('what waits for a person', () => {
  let services: ServiceTesting;
  let home: HomeService;
  let outsider: Actor;

  beforeAll(async () => {
    services = await startServices();
    home = services.get(HomeService);
    outsider = await person(services);
  });
  afterAll(() => services.close());

  const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id);

  describe('ballots to cast', () => {
    let world: ProposalWorld;
    let voteId: string;
    beforeAll(async () => {
      world = await proposalWorld(services, { committee: 'members' });
      voteId = await world.openVote(await world.proposal());
    });

    it('lists an open vote to each voter on its roll until they vote, and to no one else', async () => {
      const [voter, other] = world.voters;
      const first = await home.ballotsToCast(voter, 5);
      expect(ids(first)).toEqual([voteId]);
      expect(first.totalCount).toBe(1);
      for (const someone of [outsider, world.member, world.facilitator, world.chair]) {
        expect(ids(await home.ballotsToCast(someone, 5))).toEqual([]);
      }
      await world.cast(other, voteId);
      expect(ids(await home.ballotsToCast(other, 5))).toEqual([]);
      expect(ids(await home.ballotsToCast(voter, 5))).toEqual([voteId]);
    });

    it('moves a ballot given by proxy to its holder, until the holder casts it', async () => {
      const world2 = await proposalWorld(services);
      const vote = await world2.openVote(await world2.proposal());
      const [giver, holder] = world2.voters;
      await services.get(ProxiesService).giveProxy(giver, vote, holder.id);
      expect(ids(await home.ballotsToCast(giver, 5))).toEqual([]);
      await world2.cast(holder, vote);
      // The holder's own ballot is in; the giver's still waits for them.
      expect(ids(await home.ballotsToCast(holder, 5))).toEqual([vote]);
      await world2.cast(holder, vote, giver.id);
      expect(ids(await home.ballotsToCast(holder, 5))).toEqual([]);
    });

    it('leaves out a vote that closed, soonest closing first otherwise', async () => {
      const world3 = await proposalWorld(services);
      const later = await world3.openVote(await world3.proposal());
      const sooner = await world3.openVote(await world3.proposal());
      const closed = await world3.openVote(await world3.proposal());
      await services.dataSource.query(
        `UPDATE vote SET closes_at = CASE id WHEN $1 THEN clock_timestamp() + interval '10 minutes'
           WHEN $2 THEN clock_timestamp() ELSE closes_at END WHERE id IN ($1, $2)`,
        [sooner, closed],
      );
      expect(ids(await home.ballotsToCast(world3.voters[0], 5))).toEqual([sooner, later]);
    });
  });

  it('lists the co-authorships offered to the person, and the drafts of their own', async () => {
    const world = await proposalWorld(services, { group: 'members' });
    const colleague = await person(services);
    await services.get(MembershipsService).addMember(world.admin, world.groupId, colleague.id, 'member');
    const draft = await world.proposal('draft');
    const discussed = await world.proposal('in_discussion');
    await world.proposal('submitted');
    await services.get(CoauthorsService).inviteCoauthor(world.member, draft, colleague.id);

    expect(ids(await home.coauthorshipsToAnswer(colleague, 5))).toEqual([draft]);
    expect(ids(await home.coauthorshipsToAnswer(world.member, 5))).toEqual([]);
    const drafts = await home.drafts(world.member, 5);
    expect(ids(drafts).sort()).toEqual([draft, discussed].sort());
    expect(drafts.authors.get(draft)?.map((author) => author.userId)).toContain(colleague.id);
    // Invited is not yet an author; the facilitator reads the draft but did not write it.
    for (const someone of [colleague, world.facilitator, outsider])
      expect(ids(await home.drafts(someone, 5))).toEqual([]);
  });

  it('gives a facilitator the count of join requests per group they facilitate', async () => {
    const world = await proposalWorld(services, { joinPolicy: 'request' });
    const [claire, yann] = await Promise.all([person(services), person(services)]);
    const requests = services.get(JoinRequestsService);
    await requests.requestToJoin(claire, world.groupId, 'Bonjour');
    await requests.requestToJoin(yann, world.groupId);
    expect(await home.joinRequestsToDecide(world.facilitator, 5)).toEqual([{ groupId: world.groupId, count: 2 }]);
    for (const someone of [world.member, world.admin, claire, world.chair]) {
      expect(await home.joinRequestsToDecide(someone, 5)).toEqual([]);
    }
  });

  it('gives a facilitator the proposals in discussion of their groups, to finalise', async () => {
    const world = await proposalWorld(services);
    const discussed = await world.proposal('in_discussion');
    await world.proposal('draft');
    await world.proposal('submitted');
    expect(ids(await home.proposalsToMove(world.facilitator, 5))).toEqual([discussed]);
    for (const someone of [world.member, world.chair, outsider]) {
      expect(ids(await home.proposalsToMove(someone, 5))).toEqual([]);
    }
  });

  it('gives a committee’s members the proposals submitted to it and waiting for a vote', async () => {
    const world = await proposalWorld(services, { group: 'members', committee: 'members' });
    const waiting = await world.proposal('submitted');
    await world.openVote(await world.proposal('submitted'));
    await world.proposal('in_discussion');
    for (const someone of [world.chair, ...world.voters])
      expect(ids(await home.awaitingVote(someone, 5))).toEqual([waiting]);
    for (const someone of [world.member, world.facilitator, outsider]) {
      expect(ids(await home.awaitingVote(someone, 5))).toEqual([]);
    }
  });

  it('tells the members of a group its news, without a draft’s withdrawal, and nothing to others', async () => {
    const world = await proposalWorld(services, { group: 'members' });
    const draft = await world.proposal('draft', 'Brouillon secret');
    await services.get(WorkflowService).transition(world.member, draft, 'withdraw');
    const discussed = await world.proposal('in_discussion', 'En concertation');
    const news = await home.news(world.member, 10);
    expect(news.nodes.map((entry) => [entry.action, entry.targetId])).toEqual(
      expect.arrayContaining([
        ['proposal_transitioned', discussed],
        ['member_added', expect.any(String)],
      ]),
    );
    expect(news.nodes.some((entry) => entry.targetId === draft)).toBe(false);
    expect(news.nodes.every((entry) => entry.groupId === world.groupId)).toBe(true);
    expect((await home.news(outsider, 10)).nodes.some((entry) => entry.groupId === world.groupId)).toBe(false);
  });

  describe('the programme', () => {
    it('shows the adopted proposals of public groups only', async () => {
      const open = await proposalWorld(services);
      const closed = await proposalWorld(services, { group: 'members', committee: 'members' });
      const adopted = await open.proposal();
      const hidden = await closed.proposal();
      await services.dataSource.query(`UPDATE proposal SET state = 'adopted' WHERE id = ANY($1)`, [[adopted, hidden]]);
      const decisions = ids(await home.decisions(100));
      expect(decisions).toContain(adopted);
      expect(decisions).not.toContain(hidden);
    });

    it('shows the public working groups one may join, not the members-only nor the invitation-only', async () => {
      const joinable = await proposalWorld(services, { joinPolicy: 'open' });
      const onInvitation = await proposalWorld(services, { joinPolicy: 'invitation' });
      const membersOnly = await proposalWorld(services, { group: 'members' });
      const found = ids(await home.openGroups(100));
      expect(found).toContain(joinable.groupId);
      for (const hidden of [onInvitation.groupId, membersOnly.groupId, joinable.committeeId]) {
        expect(found).not.toContain(hidden);
      }
      expect(await services.get(GroupsService).visibleByIds(null, found)).not.toContain(null);
    });
  });
});
