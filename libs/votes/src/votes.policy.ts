import { DomainError } from '@ouvroir/core';
import type { MembershipRole } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import type { VoteEntity, VoteStatus } from './vote.entity';

/**
 * Who looks at a vote: the actor, their role in its committee (null: not a member), and whether
 * they see the committee itself, or only the proposal the vote is held on.
 */
export interface VoteViewer {
  actor: Actor | null;
  committeeRole: MembershipRole | null;
  committeeVisible: boolean;
}

const STATUS_NAMES: Record<VoteStatus, string> = {
  scheduled: 'pas encore ouvert',
  open: 'ouvert',
  closed: 'clos',
  cancelled: 'annulé',
};

/**
 * Who may do what with a vote. Whoever may see the committee sees its votes (the groups' policy
 * decides); whoever may read the proposal a vote is held on sees that vote too (the proposals'
 * policy decides: the working group's members and the authors of a members-only group's proposal,
 * everyone for a public group's), with its turnout and result, but not the ballots' list nor the
 * ledger, which may name the voters of a committee hidden from them. Others get NOT_FOUND
 * (docs/votes.md, « Qui voit un scrutin »). The committee's facilitators and the
 * administrators create, open and cancel votes. Ballots and proxies are for the voters on the
 * vote's roll, fixed when it opened: the service checks the roll, the time and the state.
 */
class VotesPolicy {
  /** The ballots' list and the ledger: for those who see the committee. */
  mayReadBallots(viewer: VoteViewer): boolean {
    return viewer.committeeVisible;
  }

  mayManage(viewer: VoteViewer): boolean {
    return viewer.actor?.platformRole === 'admin' || viewer.committeeRole === 'facilitator';
  }

  assertManage(viewer: VoteViewer): void {
    if (!this.mayManage(viewer)) throw DomainError.of('VOTE_MANAGERS_ONLY');
  }

  /** `what` names the act in French (« l’ouverture »), for the message. */
  assertStatus(vote: VoteEntity, allowed: VoteStatus[], what: string): void {
    if (!allowed.includes(vote.status)) {
      throw DomainError.of('VOTE_STATUS_FORBIDS', { status: vote.status, statusName: STATUS_NAMES[vote.status], what });
    }
  }
}

export const votesPolicy = new VotesPolicy();
