import { Injectable } from '@nestjs/common';
import { GROUP_LIMITS } from '@ouvroir/contracts';
import {
  conflictOn,
  Connection,
  decodeCursor,
  DomainError,
  DomainEvents,
  toConnection,
  validText,
} from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { GroupAccessService } from './group-access.service';
import { GroupJournalService } from './group-journal.service';
import { groupsPolicy } from './groups.policy';
import { JoinRequestEntity } from './join-request.entity';
import { JoinRequestsRepository } from './join-requests.repository';
import { MembershipsRepository } from './memberships.repository';

/** Asking to join a `request` group, and its facilitators' decisions, each made once. */
@Injectable()
export class JoinRequestsService {
  constructor(
    private readonly repository: JoinRequestsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly access: GroupAccessService,
    private readonly journal: GroupJournalService,
    private readonly events: DomainEvents,
  ) {}

  /** The requests awaiting a decision, oldest first, for the group's facilitators. */
  async pending(actor: Actor, groupId: string, first: number, after?: string): Promise<Connection<JoinRequestEntity>> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertManage(group, viewer);
    const cursor = after ? decodeCursor(after) : undefined;
    const { rows, total } = await this.repository.pendingRequests(group.id, first, cursor);
    return toConnection(rows, first, total, (request) => [request.createdAt.toISOString(), request.id]);
  }

  /** Asks to join a `request` group; a facilitator decides. */
  async requestToJoin(actor: Actor, groupId: string, message?: string | null): Promise<JoinRequestEntity> {
    const { group, viewer, pendingRequestId } = await this.access.of(actor, groupId);
    groupsPolicy.assertMayJoin(group, viewer, 'request');
    const text = validText(message ?? '', GROUP_LIMITS.messageMax, 'message', 'Le message');
    if (pendingRequestId) throw DomainError.of('JOIN_REQUEST_PENDING');
    return this.repository
      .transaction(async (manager) => {
        const request = await this.repository.saveJoinRequest(manager, {
          groupId: group.id,
          userId: actor.id,
          message: text,
        });
        await this.journal.record(manager, actor, group, 'join_requested', 'join_request', request.id, {
          subjectUserId: actor.id,
        });
        await this.events.publish(manager, 'join_request_received', {
          actorId: actor.id,
          groupId: group.id,
          requestId: request.id,
        });
        return request;
      })
      .catch(conflictOn('join_request_pending_uq', 'JOIN_REQUEST_PENDING'));
  }

  /** A facilitator accepts a request (the person becomes a member) or declines it with a reason. */
  async decide(actor: Actor, requestId: string, accept: boolean, reason?: string | null): Promise<JoinRequestEntity> {
    const request = await this.repository.findJoinRequest(requestId);
    if (!request) throw DomainError.of('GROUP_NOT_FOUND');
    const { group, viewer } = await this.access.of(actor, request.groupId);
    groupsPolicy.assertManage(group, viewer);
    const why = validText(reason ?? '', GROUP_LIMITS.messageMax, 'reason', 'Le motif');
    if (!accept && !why) throw DomainError.of('DECLINE_REASON_REQUIRED', { field: 'reason' });
    if (accept) groupsPolicy.assertActive(group);
    return this.repository.transaction(async (manager) => {
      const decided = await this.repository.decideJoinRequest(manager, requestId, {
        status: accept ? 'accepted' : 'declined',
        decidedBy: actor.id,
        reason: why || null,
      });
      if (!decided) throw DomainError.of('JOIN_REQUEST_DECIDED');
      if (accept) {
        await this.memberships
          .insertMembership(manager, { groupId: group.id, userId: request.userId, role: 'member' })
          .catch(conflictOn('membership_pkey', 'PERSON_ALREADY_MEMBER'));
      }
      const action = accept ? 'join_request_accepted' : 'join_request_declined';
      await this.journal.record(manager, actor, group, action, 'join_request', requestId, {
        subjectUserId: request.userId,
        details: why ? { reason: why } : {},
      });
      await this.events.publish(manager, 'join_request_decided', {
        actorId: actor.id,
        groupId: group.id,
        requestId,
        requesterId: request.userId,
        accepted: accept,
      });
      return (await this.repository.findJoinRequest(requestId, manager))!;
    });
  }
}
