import { Injectable } from '@nestjs/common';
import { GROUP_LIMITS } from '@ouvroir/contracts';
import {
  conflictOn,
  Connection,
  decodeCursor,
  DomainError,
  LiveEvents,
  liveRoom,
  toConnection,
  validText,
} from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { GroupAccessService } from './group-access.service';
import { GroupJournalService } from './group-journal.service';
import { validUserId } from './group.rules';
import { groupsPolicy } from './groups.policy';
import { MembershipEntity, MembershipRole } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';

/** Joining, leaving, and the facilitators' management of who belongs to a group in which role. */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly repository: MembershipsRepository,
    private readonly access: GroupAccessService,
    private readonly journal: GroupJournalService,
    private readonly live: LiveEvents,
  ) {}

  async members(
    actor: Actor | null,
    groupId: string,
    role: MembershipRole | undefined,
    first: number,
    after?: string,
  ): Promise<Connection<MembershipEntity>> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertSeeMembers(group, viewer);
    const cursor = after ? decodeCursor(after) : undefined;
    const { rows, total } = await this.repository.members(group.id, role, first, cursor);
    return toConnection(rows, first, total, (membership) => [membership.since.toISOString(), membership.userId]);
  }

  /** Joins an `open` group at once, as a member. */
  async join(actor: Actor, groupId: string): Promise<MembershipEntity> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertMayJoin(group, viewer, 'open');
    return this.repository
      .transaction(async (manager) => {
        await this.repository.insertMembership(manager, { groupId: group.id, userId: actor.id, role: 'member' });
        await this.journal.record(manager, actor, group, 'member_joined', 'membership', actor.id, {
          subjectUserId: actor.id,
        });
        return (await this.repository.findMembership(group.id, actor.id, manager))!;
      })
      .catch(conflictOn('membership_pkey', 'ALREADY_MEMBER'));
  }

  async leave(actor: Actor, groupId: string): Promise<void> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertMember(group, viewer);
    await this.repository.transaction(async (manager) => {
      if (viewer.role === 'facilitator') await this.assertNotLastFacilitator(manager, group.id, 'leave');
      await this.repository.deleteMembership(manager, group.id, actor.id);
      await this.journal.record(manager, actor, group, 'member_left', 'membership', actor.id, {
        subjectUserId: actor.id,
      });
    });
    this.membershipEnded(actor.id, group.id);
  }

  /** A facilitator adds someone directly (an administrator naming a committee's voters). */
  async addMember(actor: Actor, groupId: string, userId: string, role: MembershipRole): Promise<MembershipEntity> {
    validUserId(userId);
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertManage(group, viewer);
    groupsPolicy.assertActive(group);
    groupsPolicy.assertRoleFits(group, role);
    return this.repository
      .transaction(async (manager) => {
        await this.repository.insertMembership(manager, { groupId: group.id, userId, role });
        await this.journal.record(manager, actor, group, 'member_added', 'membership', userId, {
          subjectUserId: userId,
          details: { role },
        });
        return (await this.repository.findMembership(group.id, userId, manager))!;
      })
      .catch(conflictOn('membership_pkey', 'PERSON_ALREADY_MEMBER'))
      .catch(conflictOn('membership_user_id_fkey', 'USER_UNKNOWN'));
  }

  async changeRole(actor: Actor, groupId: string, userId: string, role: MembershipRole): Promise<MembershipEntity> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertManage(group, viewer);
    groupsPolicy.assertRoleFits(group, role);
    return this.repository.transaction(async (manager) => {
      const membership = await this.existingMembership(manager, group.id, userId);
      if (membership.role === role) return membership;
      if (membership.role === 'facilitator') await this.assertNotLastFacilitator(manager, group.id, 'demote');
      await this.repository.updateRole(manager, group.id, userId, role);
      await this.journal.record(manager, actor, group, 'member_role_changed', 'membership', userId, {
        subjectUserId: userId,
        details: { from: membership.role, to: role },
      });
      return { ...membership, role };
    });
  }

  async removeMember(actor: Actor, groupId: string, userId: string, reason?: string): Promise<void> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertManage(group, viewer);
    const why = reason ? validText(reason, GROUP_LIMITS.messageMax, 'reason', 'Le motif') : '';
    await this.repository.transaction(async (manager) => {
      const membership = await this.existingMembership(manager, group.id, userId);
      if (membership.role === 'facilitator') await this.assertNotLastFacilitator(manager, group.id, 'remove');
      await this.repository.deleteMembership(manager, group.id, userId);
      await this.journal.record(manager, actor, group, 'member_removed', 'membership', userId, {
        subjectUserId: userId,
        details: why ? { reason: why, role: membership.role } : { role: membership.role },
      });
    });
    this.membershipEnded(userId, group.id);
  }

  /** Ends at once the live views of the group that the former member still has open (libs/discussion). */
  private membershipEnded(userId: string, groupId: string): void {
    this.live.emit(liveRoom.user(userId), 'membership:ended', { userId, groupId });
  }

  private async existingMembership(manager: EntityManager, groupId: string, userId: string) {
    const membership = await this.repository.findMembership(groupId, userId, manager);
    if (!membership) throw DomainError.of('PERSON_NOT_MEMBER');
    return membership;
  }

  private async assertNotLastFacilitator(manager: EntityManager, groupId: string, act: 'leave' | 'demote' | 'remove') {
    if ((await this.repository.countFacilitatorsLocked(manager, groupId)) > 1) return;
    const reasons = {
      leave: 'LAST_FACILITATOR_LEAVING',
      demote: 'LAST_FACILITATOR_ROLE',
      remove: 'LAST_FACILITATOR_REMOVED',
    } as const;
    throw DomainError.of(reasons[act]);
  }
}
