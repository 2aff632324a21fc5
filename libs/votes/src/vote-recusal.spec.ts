import { randomUUID } from 'node:crypto';
import { GroupsService, MembershipsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { VoteLifecycleService } from './vote-lifecycle.service';

/** Voters kept off a vote's roll at its opening (a call's applicants), and only from that vote. */
describe('recusal: voters excluded from a vote', () => {
  let services: ServiceTesting;
  let admin: Actor, facilitator: Actor, ana: Actor, bruno: Actor, chloe: Actor;
  let committeeId: string;

  beforeAll(async () => {
    services = await startServices();
    [admin, facilitator, ana, bruno, chloe] = await Promise.all([
      person(services, { role: 'admin' }),
      person(services),
      person(services),
      person(services),
      person(services),
    ]);
    committeeId = (
      await services.get(GroupsService).create(admin, {
        domainSlug: 'logiciels-libres',
        kind: 'committee',
        name: `Comité ${randomUUID().slice(0, 8)}`,
        visibility: 'public',
        facilitatorId: facilitator.id,
      })
    ).id;
    for (const voter of [ana, bruno, chloe]) {
      await services.get(MembershipsService).addMember(admin, committeeId, voter.id, 'voter');
    }
  });
  afterAll(() => services.close());

  const vote = (excludedVoterIds?: string[]) =>
    services.get(VoteLifecycleService).create(facilitator, {
      committeeId,
      title: 'Classement',
      method: 'majority_judgment',
      options: ['Premier', 'Second'],
      quorumPercent: 0,
      secret: true,
      ballotChanges: false,
      closesAt: new Date(Date.now() + 3600_000),
      excludedVoterIds,
    });

  const rollOf = async (voteId: string) =>
    (await services.dataSource.query('SELECT user_id FROM vote_voter WHERE vote_id = $1', [voteId]))
      .map((row: { user_id: string }) => row.user_id)
      .sort();

  const recusals = async (voteId: string) =>
    (
      await services.dataSource.query(
        `SELECT subject_user_id FROM audit_entry WHERE action = 'vote_voter_recused' AND target_id = $1::text`,
        [voteId],
      )
    ).map((row: { subject_user_id: string }) => row.subject_user_id);

  it('keeps the excluded voters off the roll and out of the count, each recusal journaled', async () => {
    const recused = await vote([bruno.id]);
    expect(await rollOf(recused.id)).toEqual([ana.id, chloe.id].sort());
    expect(recused.eligibleCount).toBe(2);
    expect(JSON.parse(recused.ledgerHeader!).eligibleVoters).toBe(2);
    expect(await recusals(recused.id)).toEqual([bruno.id]);
  });

  it('changes nothing for a vote without exclusions, nor for one excluding a non-voter', async () => {
    const plain = await vote();
    expect(await rollOf(plain.id)).toEqual([ana.id, bruno.id, chloe.id].sort());
    expect(plain.excludedVoterIds).toEqual([]);
    expect(await recusals(plain.id)).toEqual([]);
    const outsider = await vote([admin.id]);
    expect(await rollOf(outsider.id)).toHaveLength(3);
    expect(await recusals(outsider.id)).toEqual([]);
  });
});
