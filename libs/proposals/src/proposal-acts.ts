import { Injectable } from '@nestjs/common';
import { AuditAction, AuditService } from '@ouvroir/audit';
import { DomainEvents, LiveEvents } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { proposalRoom } from './proposal-room';
import { ProposalSearchFeed } from './proposal-search-feed';
import { ProposalEntity } from './proposal.entity';

/** What changed on a proposal, for the pages showing it. */
export type ProposalChange = 'state' | 'revision' | 'comment' | 'amendment';

/**
 * What the acts on a proposal do besides their change: the journal entry, the domain event and the
 * search document, in the act's transaction, and the word to the pages showing the proposal, once the change is committed.
 */
@Injectable()
export class ProposalActs {
  constructor(
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    /** For those who must learn of the act (libs/notifications), published in its transaction. */
    readonly events: DomainEvents,
    private readonly search: ProposalSearchFeed,
  ) {}

  /** Rewrites the proposal's search document (text, readers) from what the act's transaction sees. */
  indexed(manager: EntityManager, proposalId: string): Promise<void> {
    return this.search.changed(manager, proposalId);
  }

  journal(
    manager: EntityManager,
    actor: Actor | null,
    proposal: ProposalEntity,
    action: AuditAction,
    target: { type: string; id: string },
    details: Record<string, unknown> = {},
    subjectUserId: string | null = null,
  ): Promise<void> {
    return this.audit.record(manager, {
      action,
      actorId: actor?.id ?? null,
      groupId: proposal.groupId,
      targetType: target.type,
      targetId: target.id,
      subjectUserId,
      // The proposal's id whatever the target (an amendment, a comment): the journal links to the proposal.
      details: { title: proposal.title, proposalId: proposal.id, ...details },
    });
  }

  /** Tells the pages showing the proposal what changed, once the change is committed. */
  async announced<T>(id: string, what: ProposalChange, change: Promise<T>): Promise<T> {
    const done = await change;
    this.live.emit(proposalRoom(id), 'proposal:changed', { id, what });
    return done;
  }
}
