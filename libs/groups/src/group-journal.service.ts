import { Injectable } from '@nestjs/common';
import { AuditAction, AuditEntryEntity, AuditService } from '@ouvroir/audit';
import { Connection, DomainError } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { GroupAccessService } from './group-access.service';
import { GroupEntity } from './group.entity';
import { groupsPolicy } from './groups.policy';
import { MEMBERSHIP_ROLES } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';

export interface AuditFilter {
  groupId?: string;
  actions?: AuditAction[];
  actorId?: string;
  since?: Date;
  until?: Date;
}

/** The acts a group's members read in their news. */
const NEWS: AuditAction[] = [
  'member_joined',
  'member_added',
  'join_request_accepted',
  'invitation_accepted',
  'proposal_transitioned',
  'vote_opened',
  'vote_closed',
];

/** What a journal entry says beyond its act: whom it concerns and its details. */
export interface JournalExtra {
  subjectUserId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * The groups' side of the journal (`libs/audit`): every governance act of a group is recorded in
 * its own transaction, and who may read which entries is the groups policy's decision.
 */
@Injectable()
export class GroupJournalService {
  constructor(
    private readonly audit: AuditService,
    private readonly access: GroupAccessService,
    private readonly memberships: MembershipsRepository,
  ) {}

  record(
    manager: EntityManager,
    actor: Actor,
    group: GroupEntity,
    action: AuditAction,
    targetType: string,
    targetId: string,
    extra: JournalExtra = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      action,
      actorId: actor.id,
      groupId: group.id,
      targetType,
      targetId,
      subjectUserId: extra.subjectUserId ?? null,
      details: { group: group.name, ...extra.details },
    });
  }

  /**
   * The news of the groups the actor belongs to, for their home page: the acts every member may
   * know (who joined, proposals moving, votes opened and closed), newest first. A draft's
   * withdrawal is left out: its title is for its authors and the facilitators only.
   */
  news(actor: Actor, first: number, after?: string): Promise<Connection<AuditEntryEntity>> {
    return this.memberships.groupIdsWithRoles(actor.id, MEMBERSHIP_ROLES).then((groupIds) =>
      this.audit.page(
        {
          groupIds,
          actions: NEWS,
          excluding: [{ action: 'proposal_transitioned', details: { from: 'draft', to: 'withdrawn' } }],
        },
        first,
        after,
      ),
    );
  }

  /**
   * The journal: administrators read all of it; facilitators the entries of the groups they
   * facilitate (one of them with `groupId`, all of them without).
   */
  async page(actor: Actor, filter: AuditFilter, first: number, after?: string): Promise<Connection<AuditEntryEntity>> {
    const query = { actions: filter.actions, actorId: filter.actorId, since: filter.since, until: filter.until };
    if (filter.groupId) {
      const { group, viewer } = await this.access.of(actor, filter.groupId);
      groupsPolicy.assertManage(group, viewer);
      return this.audit.page({ ...query, groupIds: [group.id] }, first, after);
    }
    if (actor.platformRole === 'admin') return this.audit.page(query, first, after);
    const facilitated = await this.memberships.groupIdsWithRoles(actor.id, ['facilitator']);
    if (facilitated.length === 0) throw DomainError.of('JOURNAL_RESERVED');
    return this.audit.page({ ...query, groupIds: facilitated }, first, after);
  }
}
