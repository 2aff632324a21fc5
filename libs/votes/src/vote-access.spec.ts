import { randomUUID } from 'node:crypto';
import { GroupsService, MembershipsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { VoteAccess } from './vote-access';
import { VoteLifecycleService } from './vote-lifecycle.service';
import { VotesRepository } from './votes.repository';

describe('the access to a vote', () => {
  let services: ServiceTesting;
  let access: VoteAccess;
  let admin: Actor, facilitator: Actor, voter: Actor, outsider: Actor;

  beforeAll(async () => {
    services = await startServices();
    access = services.get(VoteAccess);
    [admin, facilitator, voter, outsider] = await Promise.all([
      person(services, { role: 'admin' }),
      person(services),
      person(services),
      person(services),
    ]);
  });
  afterAll(() => services.close());

  /** A committee with its facilitator and one voter. */
  async function committee(visibility: 'public' | 'members' = 'public'): Promise<string> {
    const groups = services.get(GroupsService);
    const created = await groups.create(admin, {
      domainSlug: 'logiciels-libres',
      kind: 'committee',
      name: `Comité ${randomUUID().slice(0, 8)}`,
      visibility,
      facilitatorId: facilitator.id,
    });
    await services.get(MembershipsService).addMember(admin, created.id, voter.id, 'voter');
    return created.id;
  }

  const optionsVote = async (committeeId: string, opensAt?: Date) =>
    (
      await services.get(VoteLifecycleService).create(facilitator, {
        committeeId,
        title: 'Le logiciel de l’année',
        method: 'approval',
        options: ['GCompris', 'Scratch'],
        quorumPercent: 0,
        secret: true,
        ballotChanges: false,
        opensAt,
        closesAt: new Date(Date.now() + 7200_000),
      })
    ).id;

  it('gives the vote with the viewer’s role in its committee, reading each once', async () => {
    const voteId = await optionsVote(await committee());
    const findById = jest.spyOn(services.get(VotesRepository), 'findById');
    const standing = jest.spyOn(services.get(GroupsService), 'standing');
    try {
      const roles = [];
      for (const actor of [facilitator, voter, outsider, null]) {
        const { vote, viewer } = await access.toVote(actor, voteId);
        expect([vote.id, viewer.actor]).toEqual([voteId, actor]);
        roles.push(viewer.committeeRole);
      }
      expect(roles).toEqual(['facilitator', 'voter', null, null]);
      expect([findById.mock.calls.length, standing.mock.calls.length]).toEqual([4, 4]);
    } finally {
      findById.mockRestore();
      standing.mockRestore();
    }
  });

  it('answers NOT_FOUND for a vote of a committee hidden from the viewer, as for none', async () => {
    const voteId = await optionsVote(await committee('members'));
    expect((await access.toVote(voter, voteId)).viewer.committeeRole).toBe('voter');
    expect((await access.toVote(admin, voteId)).viewer.committeeRole).toBeNull();
    for (const [actor, id] of [
      [outsider, voteId],
      [null, voteId],
      [voter, randomUUID()],
      [voter, 'pas-un-identifiant'],
    ] as const) {
      await expect(access.toVote(actor, id)).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'VOTE_NOT_FOUND' });
    }
    await expect(
      access.toCommittee(outsider, (await access.toVote(voter, voteId)).vote.committeeId),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'VOTE_COMMITTEE_NOT_FOUND' });
  });

  it('opens or closes a vote whose time has come, by the database clock, before giving it', async () => {
    const committeeId = await committee();
    const scheduled = await optionsVote(committeeId, new Date(Date.now() + 3600_000));
    const open = await optionsVote(committeeId);
    await services.dataSource.query('UPDATE vote SET opens_at = clock_timestamp() WHERE id = $1', [scheduled]);
    await services.dataSource.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [open]);
    expect((await access.toVote(outsider, scheduled)).vote).toMatchObject({ status: 'open', eligibleCount: 1 });
    expect((await access.toVote(outsider, open)).vote).toMatchObject({ status: 'closed', tally: { ballots: 0 } });
  });

  it('locks an open vote for the voters on its roll only, until its closing time', async () => {
    const committeeId = await committee();
    const voteId = await optionsVote(committeeId);
    const scheduled = await optionsVote(committeeId, new Date(Date.now() + 3600_000));
    const repository = services.get(VotesRepository);
    const lock = (actor: Actor, id: string) =>
      repository.transaction((manager) => access.lockOpen(manager, actor, id, 'voter'));
    expect((await lock(voter, voteId)).id).toBe(voteId);
    await expect(lock(outsider, voteId)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'VOTER_NOT_ON_ROLL' });
    await expect(lock(voter, scheduled)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'VOTE_STATUS_FORBIDS',
      message: 'Le scrutin est pas encore ouvert : voter n’est pas possible.',
      details: { status: 'scheduled' },
    });
    await services.dataSource.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
    await expect(lock(voter, voteId)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'VOTE_CLOSED',
      message: 'Le scrutin est clos : voter n’est plus possible.',
      details: { status: 'closed' },
    });
  });
});
