import { Injectable } from '@nestjs/common';
import { VOTE_LIMITS } from '@ouvroir/contracts';
import { conflictOn, DomainError, validText } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { ProposalsService } from '@ouvroir/proposals';
import { NewVote, validVote } from './new-vote';
import { VoteAccess } from './vote-access';
import { VoteEvents } from './vote-events';
import { OPENED, VoteSettlingService } from './vote-settling.service';
import { VoteEntity } from './vote.entity';
import { votesPolicy } from './votes.policy';
import { VotesRepository } from './votes.repository';

/**
 * What a committee's facilitators (and the administrators) do with its votes: create one, on a
 * submitted proposal or on a list of options, open it before its time, or cancel it with a reason.
 * What the times decide is `VoteSettlingService`'s.
 */
@Injectable()
export class VoteLifecycleService {
  constructor(
    private readonly repository: VotesRepository,
    private readonly proposals: ProposalsService,
    private readonly access: VoteAccess,
    private readonly settling: VoteSettlingService,
    private readonly events: VoteEvents,
  ) {}

  async create(actor: Actor, input: NewVote): Promise<VoteEntity> {
    const { committee, viewer } = await this.access.toCommittee(actor, input.committeeId);
    votesPolicy.assertManage(viewer);
    if (committee.kind !== 'committee') throw DomainError.of('VOTE_OUTSIDE_COMMITTEE', { field: 'committeeId' });
    if (committee.status !== 'active') throw DomainError.of('VOTE_COMMITTEE_ARCHIVED');
    const proposal = input.proposalId ? await this.proposals.get(actor, input.proposalId) : null;
    if (proposal) {
      if (proposal.committeeId !== input.committeeId) {
        throw DomainError.of('VOTE_PROPOSAL_ELSEWHERE', { field: 'proposalId' });
      }
      if (proposal.state !== 'submitted') throw DomainError.of('VOTE_PROPOSAL_NOT_SUBMITTED');
      if (await this.settling.wouldPublishHidden(input.committeeId, proposal.id)) {
        throw DomainError.of('VOTE_PROPOSAL_HIDDEN', { reason: 'proposal_hidden' });
      }
    }
    const fields = validVote(input, proposal, Date.now());
    const id = await this.repository.transaction(async (manager) => {
      const { identifiers } = await this.repository
        .insert(manager, VoteEntity, { ...fields, committeeId: input.committeeId, createdBy: actor.id })
        .catch(conflictOn('vote_proposal_live_uq', 'VOTE_ALREADY_ON_PROPOSAL'));
      const voteId = identifiers[0].id as string;
      await this.events.journal(
        manager,
        'vote_created',
        actor,
        { id: voteId, committeeId: input.committeeId },
        { title: fields.title },
      );
      const opened = await this.repository.advance(manager, voteId, 'scheduled', 'open', OPENED, true);
      if (opened) await this.settling.onOpened(manager, opened, actor);
      return voteId;
    });
    const vote = (await this.repository.findById(id))!;
    await this.settling.schedule(vote);
    this.events.announce(vote, true);
    return vote;
  }

  /** Opens a scheduled vote now, before its opening time. */
  async open(actor: Actor, id: string): Promise<VoteEntity> {
    const { vote, viewer } = await this.access.toVote(actor, id);
    votesPolicy.assertManage(viewer);
    votesPolicy.assertStatus(vote, ['scheduled'], 'l’ouverture');
    await this.repository.transaction(async (manager) => {
      const opened = await this.repository.advance(
        manager,
        id,
        'scheduled',
        'open',
        `${OPENED}, "opens_at" = LEAST("opens_at", clock_timestamp())`,
        false,
      );
      if (!opened) throw DomainError.of('VOTE_CHANGED_MEANWHILE');
      await this.settling.onOpened(manager, opened, actor);
    });
    return this.events.announce((await this.repository.findById(id))!, true);
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<VoteEntity> {
    const { vote, viewer } = await this.access.toVote(actor, id);
    votesPolicy.assertManage(viewer);
    votesPolicy.assertStatus(vote, ['scheduled', 'open'], 'l’annulation');
    const why = validText(reason, VOTE_LIMITS.reasonMax, 'reason', 'Le motif', true);
    await this.repository.transaction(async (manager) => {
      if (!(await this.settling.cancelWithin(manager, vote, why, actor, vote.status === 'open'))) {
        throw DomainError.of('VOTE_CHANGED_MEANWHILE');
      }
    });
    return this.events.announce((await this.repository.findById(id))!, true);
  }
}
