import { randomBytes, randomUUID } from 'node:crypto';
import { GroupsService, MembershipsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { ProposalsService, WorkflowService } from '@ouvroir/proposals';
import { BallotsService, VoteLifecycleService } from '@ouvroir/votes';
import { person, ServiceTesting } from './service-testing';

/** A working group sending its proposals to a committee, and the people around them. */
export interface ProposalWorld {
  admin: Actor;
  /** The working group's facilitator and one of its members. */
  facilitator: Actor;
  member: Actor;
  /** The committee's facilitator and two of its voters. */
  chair: Actor;
  voters: [Actor, Actor];
  groupId: string;
  committeeId: string;
  /** A proposal drafted by `member`, moved to `state` (`submitted` by default). */
  proposal(state?: 'draft' | 'in_discussion' | 'submitted', title?: string): Promise<string>;
  /** Opens a vote on a submitted proposal, a for / against / abstain one by default. */
  openVote(proposalId: string): Promise<string>;
  cast(voter: Actor, voteId: string, onBehalfOf?: string): Promise<void>;
}

type Visibility = 'public' | 'members';

export async function proposalWorld(
  services: ServiceTesting,
  visibility: { group?: Visibility; committee?: Visibility; joinPolicy?: 'open' | 'request' | 'invitation' } = {},
): Promise<ProposalWorld> {
  const [admin, facilitator, member, chair, voter1, voter2] = await Promise.all([
    person(services, { role: 'admin' }),
    person(services),
    person(services),
    person(services),
    person(services),
    person(services),
  ]);
  const groups = services.get(GroupsService);
  const memberships = services.get(MembershipsService);
  const suffix = randomUUID().slice(0, 8);
  const committee = await groups.create(admin, {
    domainSlug: 'logiciels-libres',
    kind: 'committee',
    name: `Comité ${suffix}`,
    visibility: visibility.committee ?? 'public',
    facilitatorId: chair.id,
  });
  for (const voter of [voter1, voter2]) await memberships.addMember(admin, committee.id, voter.id, 'voter');
  const group = await groups.create(admin, {
    domainSlug: 'logiciels-libres',
    kind: 'working_group',
    name: `Groupe ${suffix}`,
    visibility: visibility.group ?? 'public',
    joinPolicy: visibility.joinPolicy ?? 'request',
    committeeId: committee.id,
    facilitatorId: facilitator.id,
  });
  await memberships.addMember(admin, group.id, member.id, 'member');
  const workflow = services.get(WorkflowService);
  return {
    admin,
    facilitator,
    member,
    chair,
    voters: [voter1, voter2],
    groupId: group.id,
    committeeId: committee.id,
    async proposal(state = 'submitted', title = `Proposition ${randomUUID().slice(0, 8)}`) {
      const { id } = await services.get(ProposalsService).create(member, group.id, { title, body: 'Texte.' });
      if (state === 'draft') return id;
      await workflow.transition(member, id, 'submit_for_discussion');
      if (state === 'submitted') await workflow.transition(facilitator, id, 'finalise');
      return id;
    },
    async openVote(proposalId) {
      const vote = await services.get(VoteLifecycleService).create(chair, {
        committeeId: committee.id,
        proposalId,
        method: 'for_against_abstain',
        threshold: 'simple_majority',
        quorumPercent: 0,
        secret: true,
        ballotChanges: false,
        closesAt: new Date(Date.now() + 3600_000),
      });
      return vote.id;
    },
    async cast(voter, voteId, onBehalfOf) {
      await services
        .get(BallotsService)
        .cast(voter, voteId, { position: 'for' }, randomBytes(16).toString('base64url'), onBehalfOf);
    },
  };
}
