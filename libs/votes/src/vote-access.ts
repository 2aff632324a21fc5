import { Injectable } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { GroupEntity, GroupsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
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
 * the groups' policy: a hidden committee's votes are NOT_FOUND), the vote settled first if its
 * time has come; and, inside a ballot's or a proxy's transaction, the vote locked and open by the
 * database clock, with the actor on its roll.
 */
@Injectable()
export class VoteAccess {
  constructor(
    private readonly repository: VotesRepository,
    private readonly groups: GroupsService,
    private readonly settling: VoteSettlingService,
  ) {}

  /** The committee and the actor's role in it; null when it is hidden from them. */
  async viewerIn(
    actor: Actor | null,
    committeeId: string,
  ): Promise<{ committee: GroupEntity; viewer: VoteViewer } | null> {
    const standing = await this.groups.standing(actor, committeeId);
    return standing && { committee: standing.group, viewer: { actor, committeeRole: standing.role } };
  }

  /** The committee whose votes the actor looks at or organises; NOT_FOUND when it is hidden from them. */
  async toCommittee(actor: Actor | null, committeeId: string) {
    const found = await this.viewerIn(actor, committeeId);
    if (!found) throw DomainError.of('VOTE_COMMITTEE_NOT_FOUND');
    return found;
  }

  /** A vote the actor may see (its committee is visible to them), opened or closed first if due. */
  async toVote(actor: Actor | null, voteId: string): Promise<VoteInView> {
    const vote = await this.repository.findById(voteId);
    const found = vote && (await this.viewerIn(actor, vote.committeeId));
    if (!vote || !found) throw DomainError.of('VOTE_NOT_FOUND');
    if (!this.mayBeDue(vote)) return { vote, viewer: found.viewer };
    await this.settling.settle(vote.id);
    return { vote: (await this.repository.findById(voteId))!, viewer: found.viewer };
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
