import { Injectable } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { GroupEntity, GroupsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { ProposalsService } from '@ouvroir/proposals';
import { EntityManager } from 'typeorm';
import { VoteSettlingService } from './vote-settling.service';
import { VoteEntity } from './vote.entity';
import { VoteViewer, votesPolicy } from './votes.policy';
import { VotesRepository } from './votes.repository';

/** A vote as the actor may see it, and where they stand towards it. */
export interface VoteInView {
  vote: VoteEntity;
  viewer: VoteViewer;
}

/**
 * The one way to a vote: the vote and the viewer's standing in its committee (whose visibility is
 * the groups' policy), or, when the committee is hidden from them, their reading of the proposal
 * it is held on (the proposals' policy); NOT_FOUND otherwise. The vote settled first if its
 * time has come; and, inside a ballot's or a proxy's transaction, the vote locked and open by the
 * database clock, with the actor on its roll.
 */
@Injectable()
export class VoteAccess {
  constructor(
    private readonly repository: VotesRepository,
    private readonly groups: GroupsService,
    private readonly settling: VoteSettlingService,
    private readonly proposals: ProposalsService,
  ) {}

  /** The committee and the actor's role in it; null when it is hidden from them. */
  async viewerIn(
    actor: Actor | null,
    committeeId: string,
  ): Promise<{ committee: GroupEntity; viewer: VoteViewer } | null> {
    const standing = await this.groups.standing(actor, committeeId);
    return (
      standing && {
        committee: standing.group,
        viewer: { actor, committeeRole: standing.role, committeeVisible: true },
      }
    );
  }

  /** The committee whose votes the actor looks at or organises; NOT_FOUND when it is hidden from them. */
  async toCommittee(actor: Actor | null, committeeId: string) {
    const found = await this.viewerIn(actor, committeeId);
    if (!found) throw DomainError.of('VOTE_COMMITTEE_NOT_FOUND');
    return found;
  }

  /**
   * A vote the actor may see (its committee, or its proposal, is visible to them), opened or closed
   * first if due; `ballots`: only if they may read its ballots' list and ledger too.
   */
  async toVote(actor: Actor | null, voteId: string, ballots = false): Promise<VoteInView> {
    const vote = await this.repository.findById(voteId);
    const viewer =
      vote && ((await this.viewerIn(actor, vote.committeeId))?.viewer ?? (await this.byProposal(actor, vote)));
    if (!vote || !viewer || (ballots && !votesPolicy.mayReadBallots(viewer))) throw DomainError.of('VOTE_NOT_FOUND');
    if (!this.mayBeDue(vote)) return { vote, viewer };
    await this.settling.settle(vote.id);
    return { vote: (await this.repository.findById(voteId))!, viewer };
  }

  /** The viewer of a vote whose committee is hidden from them, if they may read its proposal. */
  private async byProposal(actor: Actor | null, vote: VoteEntity): Promise<VoteViewer | null> {
    if (!vote.proposalId) return null;
    const [proposal] = await this.proposals.visibleByIds(actor, [vote.proposalId]);
    return proposal && { actor, committeeRole: null, committeeVisible: false };
  }

  /**
   * Locks an open vote whose roll holds the actor, by the database clock: its status, turnout and
   * head as they are now (`what` names the act in French, for the messages).
   */
  async lockOpen(manager: EntityManager, actor: Actor, voteId: string, what: string): Promise<VoteEntity> {
    const locked = await this.repository.lock(manager, voteId);
    if (!locked) throw DomainError.of('VOTE_NOT_FOUND');
    const { vote, now } = locked;
    votesPolicy.assertStatus(vote, ['open'], what);
    if (now >= vote.closesAt) throw DomainError.of('VOTE_CLOSED', { status: 'closed', what });
    if (!(await this.repository.onRoll(vote.id, [actor.id], manager)).has(actor.id)) {
      throw DomainError.of('VOTER_NOT_ON_ROLL');
    }
    return vote;
  }

  /** A cheap look at the server's clock; `settle` asks the database's, which decides. */
  private mayBeDue(vote: VoteEntity): boolean {
    const now = Date.now();
    return (
      (vote.status === 'scheduled' && vote.opensAt.getTime() <= now) ||
      (vote.status === 'open' && vote.closesAt.getTime() <= now)
    );
  }
}
