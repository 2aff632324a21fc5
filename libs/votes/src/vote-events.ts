import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { DomainEvents, LiveEvents } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { proposalRoom } from '@ouvroir/proposals';
import { EntityManager } from 'typeorm';
import type { VoteEntity } from './vote.entity';
import { voteRoom } from './vote-room';
import { VOTES_AUDIT_ACTIONS } from './votes.audit';

export type VoteAct = (typeof VOTES_AUDIT_ACTIONS)[number];

/**
 * What others learn of a vote: the journal's entries (governance acts, in the act's transaction;
 * never a ballot, which it would date) and the live pages' news, once committed.
 */
@Injectable()
export class VoteEvents {
  constructor(
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    /** For those who must learn of it (libs/notifications), published in the act's transaction. */
    readonly domain: DomainEvents,
  ) {}

  journal(
    manager: EntityManager,
    action: VoteAct,
    actor: Actor | null,
    vote: Pick<VoteEntity, 'id' | 'committeeId'>,
    details: Record<string, unknown>,
    subjectUserId?: string,
  ) {
    return this.audit.record(manager, {
      action,
      actorId: actor?.id ?? null,
      groupId: vote.committeeId,
      targetType: 'vote',
      targetId: vote.id,
      subjectUserId: subjectUserId ?? null,
      details,
    });
  }

  /**
   * Tells the pages showing the vote (and, when its status moved, its proposal) what changed, once
   * committed: status and turnout only, never a partial result.
   */
  announce(vote: VoteEntity, statusChanged: boolean): VoteEntity {
    this.live.emit(voteRoom(vote.id), 'vote:changed', {
      id: vote.id,
      status: vote.status,
      turnout: vote.ballotCount,
    });
    if (statusChanged && vote.proposalId) {
      this.live.emit(proposalRoom(vote.proposalId), 'proposal:changed', { id: vote.proposalId, what: 'state' });
    }
    return vote;
  }
}
