import { MembershipsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { CoauthorsService, WorkflowService } from '@ouvroir/proposals';
import { proposalWorld, ProposalWorld } from '../../../test/support/proposal-world';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { BallotsService } from './ballots.service';
import { LedgerService } from './ledger/ledger.service';
import { VotesService } from './votes.service';

type Visibility = 'public' | 'members';
/** What a viewer gets of a vote on a proposal: nothing, the vote (turnout, result), or its ballots and ledger too. */
type Sight = 'nothing' | 'vote' | 'ballots';

/**
 * Who sees the vote on a proposal (docs/votes.md): whoever sees the committee, everything;
 * whoever may read the proposal (its working group's members, its authors; everyone for a public
 * group's), the vote with its turnout and result but not the ballots' list nor the ledger.
 */
const MATRIX: { group: Visibility; committee: Visibility; sights: Record<string, Sight> }[] = [
  {
    group: 'public',
    committee: 'public',
    sights: {
      admin: 'ballots',
      voter: 'ballots',
      member: 'ballots',
      author: 'ballots',
      outsider: 'ballots',
      anonymous: 'ballots',
    },
  },
  {
    group: 'public',
    committee: 'members',
    sights: { admin: 'ballots', voter: 'ballots', member: 'vote', author: 'vote', outsider: 'vote', anonymous: 'vote' },
  },
  {
    group: 'members',
    committee: 'members',
    sights: {
      admin: 'ballots',
      voter: 'ballots',
      member: 'vote',
      author: 'vote',
      outsider: 'nothing',
      anonymous: 'nothing',
    },
  },
];

describe('who sees the vote on a proposal', () => {
  let services: ServiceTesting;
  let outsider: Actor;

  beforeAll(async () => {
    services = await startServices();
    outsider = await person(services);
  });
  afterAll(() => services.close());

  /** What `viewer` gets of the closed vote `voteId`. */
  async function sight(viewer: Actor | null, voteId: string): Promise<Sight> {
    const seen = await services
      .get(VotesService)
      .get(viewer, voteId)
      .catch(() => null);
    if (!seen) return 'nothing';
    const ballots = await services
      .get(BallotsService)
      .ballots(viewer, voteId, 10)
      .catch(() => null);
    const ledger = await services
      .get(LedgerService)
      .published(viewer, voteId)
      .catch(() => null);
    expect(Boolean(ballots)).toBe(Boolean(ledger));
    return ballots ? 'ballots' : 'vote';
  }

  describe.each(MATRIX)('a $group group’s proposal voted by a $committee committee', ({ group, committee, sights }) => {
    let world: ProposalWorld;
    let voteId: string;
    let people: Record<string, Actor | null>;

    beforeAll(async () => {
      world = await proposalWorld(services, { group, committee });
      // The co-author who accepted, and an observer of the group who did not write it.
      const [coauthor, observer] = await Promise.all([person(services), person(services)]);
      const memberships = services.get(MembershipsService);
      await memberships.addMember(world.admin, world.groupId, coauthor.id, 'member');
      await memberships.addMember(world.admin, world.groupId, observer.id, 'observer');
      const proposalId = await world.proposal('in_discussion');
      await services.get(CoauthorsService).inviteCoauthor(world.member, proposalId, coauthor.id);
      await services.get(CoauthorsService).respondToCoauthorship(coauthor, proposalId, true);
      await services.get(WorkflowService).transition(world.facilitator, proposalId, 'finalise');
      voteId = await world.openVote(proposalId);
      await world.cast(world.voters[0], voteId);
      people = {
        admin: world.admin,
        voter: world.voters[1],
        member: observer,
        author: coauthor,
        outsider,
        anonymous: null,
      };
    });

    it('shows the open vote’s turnout to whoever sees it', async () => {
      for (const [who, expected] of Object.entries(sights)) {
        const seen = await services
          .get(VotesService)
          .get(people[who], voteId)
          .catch(() => null);
        expect([who, seen?.ballotCount ?? null]).toEqual([who, expected === 'nothing' ? null : 1]);
      }
    });

    it('then its result, and its ballots and ledger to those who see the committee', async () => {
      await services.dataSource.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
      const found: Record<string, Sight> = {};
      for (const who of Object.keys(sights)) found[who] = await sight(people[who], voteId);
      expect(found).toEqual(sights);
      expect((await services.get(VotesService).get(people.author, voteId)).result).toMatchObject({
        outcome: 'adopted',
      });
    });
  });
});
