import { randomBytes, randomUUID } from 'node:crypto';
import { GroupsService, MembershipsService } from '@ouvroir/groups';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { BallotsService } from './ballots.service';
import { verifyLedger } from './ledger/ledger';
import { LedgerService } from './ledger/ledger.service';
import { VoteLifecycleService } from './vote-lifecycle.service';
import { VotesService } from './votes.service';

describe('ballots', () => {
  let services: ServiceTesting;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(() => services.close());

  it('records a public vote’s ballots cast at once by more voters than the pool has connections, each named in the ledger', async () => {
    const admin = await person(services, { role: 'admin' });
    const voters = await Promise.all(Array.from({ length: 30 }, () => person(services)));
    const groups = services.get(GroupsService);
    const memberships = services.get(MembershipsService);
    const committee = await groups.create(admin, {
      domainSlug: 'logiciels-libres',
      kind: 'committee',
      name: `Comité ${randomUUID().slice(0, 8)}`,
    });
    for (const voter of voters) await memberships.addMember(admin, committee.id, voter.id, 'voter');
    const vote = await services.get(VoteLifecycleService).create(admin, {
      committeeId: committee.id,
      title: 'Le logiciel de l’année',
      method: 'approval',
      options: ['GCompris', 'Scratch'],
      quorumPercent: 0,
      secret: false,
      ballotChanges: false,
      closesAt: new Date(Date.now() + 3600_000),
    });
    const ballots = services.get(BallotsService);
    // Each ballot names its voter in the ledger: the names are looked up before the vote's lock,
    // which the other ballots wait for while holding the pool's connections.
    await Promise.all(
      voters.map((voter, i) =>
        ballots.cast(voter, vote.id, { approved: i % 2 ? ['o1'] : ['o2'] }, randomBytes(16).toString('base64url')),
      ),
    );
    await services.dataSource.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [vote.id]);
    expect((await services.get(VotesService).get(null, vote.id)).tally).toEqual({
      ballots: 30,
      options: [
        { key: 'o1', approvals: 15 },
        { key: 'o2', approvals: 15 },
      ],
    });
    const { json } = await services.get(LedgerService).published(null, vote.id);
    expect(verifyLedger(json)).toMatchObject({ ok: true, ballots: 30 });
    const named = (JSON.parse(json).entries as { voter: { id: string; name: string } }[]).map((entry) => entry.voter);
    expect(named.map((voter) => voter.id).sort()).toEqual(voters.map((voter) => voter.id).sort());
    expect(named.map((voter) => voter.name).sort()).toEqual(voters.map((voter) => voter.displayName).sort());
  });
});
