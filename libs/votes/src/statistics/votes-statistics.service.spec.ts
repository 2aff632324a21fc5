import { randomBytes, randomUUID } from 'node:crypto';
import { GroupsService, MembershipsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { person, ServiceTesting, startServices } from '../../../../test/support/service-testing';
import { BallotsService } from '../ballots.service';
import type { NewVote } from '../new-vote';
import { ProxiesService } from '../proxies.service';
import { VoteLifecycleService } from '../vote-lifecycle.service';
import { VotesService } from '../votes.service';
import { VotesStatisticsService } from './votes-statistics.service';

describe('the votes’ statistics', () => {
  let services: ServiceTesting;
  let statistics: VotesStatisticsService;
  let admin: Actor, ana: Actor, ben: Actor, chloe: Actor;
  let first: string, second: string;
  const receipts: string[] = [];

  const secret = () => randomBytes(16).toString('base64url');

  async function committee(voters: Actor[]): Promise<string> {
    const groups = services.get(GroupsService);
    const memberships = services.get(MembershipsService);
    const { id } = await groups.create(admin, {
      domainSlug: 'logiciels-libres',
      kind: 'committee',
      name: `Comité ${randomUUID().slice(0, 8)}`,
    });
    for (const voter of voters) await memberships.addMember(admin, id, voter.id, 'voter');
    return id;
  }

  const vote = async (committeeId: string, extra: Partial<NewVote> = {}) =>
    (
      await services.get(VoteLifecycleService).create(admin, {
        committeeId,
        title: 'Le logiciel de l’année',
        method: 'approval',
        options: ['GCompris', 'Scratch'],
        quorumPercent: 50,
        secret: true,
        ballotChanges: false,
        closesAt: new Date(Date.now() + 3600_000),
        ...extra,
      })
    ).id;

  const cast = async (actor: Actor, voteId: string, onBehalfOf?: string) =>
    receipts.push(
      (await services.get(BallotsService).cast(actor, voteId, { approved: ['o1'] }, secret(), onBehalfOf)).receipt,
    );

  /** Closes the vote now, then dates its closing `closedAt`. */
  async function close(voteId: string, closedAt: string) {
    await services.dataSource.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
    expect((await services.get(VotesService).get(null, voteId)).status).toBe('closed');
    await services.dataSource.query('UPDATE vote SET closed_at = $2 WHERE id = $1', [voteId, closedAt]);
  }

  beforeAll(async () => {
    services = await startServices();
    statistics = services.get(VotesStatisticsService);
    [admin, ana, ben, chloe] = await Promise.all([
      person(services, { role: 'admin' }),
      person(services),
      person(services),
      person(services),
    ]);
    const proxies = services.get(ProxiesService);
    first = await committee([ana, ben, chloe]);
    second = await committee([ana]);

    // Three voters of three, Chloé's ballot cast by Ana with her proxy: quorum reached.
    const full = await vote(first);
    await proxies.giveProxy(chloe, full, ana.id);
    await cast(ana, full);
    await cast(ben, full);
    await cast(ana, full, chloe.id);
    await close(full, '2025-12-29T10:00:00Z');
    // One of three where all must vote, after a proxy given and revoked: no quorum.
    const thin = await vote(first, { quorumPercent: 100 });
    await proxies.giveProxy(ben, thin, chloe.id);
    await proxies.revokeProxy(ben, thin);
    await cast(ana, thin);
    // Sunday 23:30 in UTC is Monday 00:30 in Paris: the next ISO week.
    await close(thin, '2026-01-04T23:30:00Z');
    await vote(first);
    await vote(first, { opensAt: new Date(Date.now() + 3600_000), closesAt: new Date(Date.now() + 7200_000) });
    await services.get(VoteLifecycleService).cancel(admin, await vote(first), 'Le texte doit être relu.');
    // Nobody voted in the other committee.
    await close(await vote(second, { method: 'majority_judgment' }), '2026-01-05T09:00:00Z');
  });
  afterAll(() => services.close());

  it('counts the votes by status and method, of all committees or of those asked', async () => {
    expect(await statistics.countsByStatusAndMethod()).toEqual([
      { status: 'cancelled', method: 'approval', votes: 1 },
      { status: 'closed', method: 'approval', votes: 2 },
      { status: 'closed', method: 'majority_judgment', votes: 1 },
      { status: 'open', method: 'approval', votes: 1 },
      { status: 'scheduled', method: 'approval', votes: 1 },
    ]);
    expect(await statistics.countsByStatusAndMethod({ committeeIds: [second] })).toEqual([
      { status: 'closed', method: 'majority_judgment', votes: 1 },
    ]);
    expect(await statistics.countsByStatusAndMethod({ committeeIds: [] })).toEqual([]);
  });

  it('counts the votes closed in each ISO week, Paris time', async () => {
    expect(await statistics.closedPerWeek()).toEqual([
      { week: '2026-W01', votes: 1 },
      { week: '2026-W02', votes: 2 },
    ]);
    expect(await statistics.closedPerWeek({ committeeIds: [first] })).toEqual([
      { week: '2026-W01', votes: 1 },
      { week: '2026-W02', votes: 1 },
    ]);
  });

  it('gives the turnout of each closed vote and of all of them, and how many reached their quorum', async () => {
    const { votes, overall } = await statistics.turnout();
    expect(
      votes.map(({ committeeId, ballots, eligibleVoters, rate }) => [committeeId, ballots, eligibleVoters, rate]),
    ).toEqual([
      [first, 3, 3, 1],
      [first, 1, 3, 1 / 3],
      [second, 0, 1, 0],
    ]);
    expect(votes.map((closed) => closed.closedAt.toISOString())).toEqual([
      '2025-12-29T10:00:00.000Z',
      '2026-01-04T23:30:00.000Z',
      '2026-01-05T09:00:00.000Z',
    ]);
    expect(overall).toEqual({ ballots: 4, eligibleVoters: 7, rate: 4 / 7 });
    expect(await statistics.turnout({ committeeIds: [second] })).toMatchObject({
      overall: { ballots: 0, eligibleVoters: 1, rate: 0 },
    });
    expect(await statistics.quorum()).toEqual({ closed: 3, quorumReached: 1 });
    expect(await statistics.quorum({ committeeIds: [second] })).toEqual({ closed: 1, quorumReached: 0 });
  });

  it('counts the proxies given, revoked and used', async () => {
    expect(await statistics.proxies()).toEqual({ given: 2, revoked: 1, used: 1 });
    expect(await statistics.proxies({ committeeIds: [second] })).toEqual({ given: 0, revoked: 0, used: 0 });
  });

  it('never names a voter nor shows a ballot', async () => {
    const everything = JSON.stringify([
      await statistics.countsByStatusAndMethod(),
      await statistics.closedPerWeek(),
      await statistics.turnout(),
      await statistics.quorum(),
      await statistics.proxies(),
    ]);
    expect(receipts).toHaveLength(4);
    for (const kept of [...[ana, ben, chloe].flatMap((voter) => [voter.id, voter.displayName]), ...receipts]) {
      expect(everything).not.toContain(kept);
    }
    expect(everything).not.toMatch(/approved|grades|position/);
  });
});
