import { DomainError } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import type { GroupEntity } from './group.entity';
import type { InvitationEntity } from './invitation.entity';
import type { MembershipRole } from './membership.entity';

/** Who looks at a group: the signed-in actor (or the public) and their role in it, if any. */
export interface Viewer {
  actor: Actor | null;
  role: MembershipRole | null;
}

/** What the viewer may do with a group; the pages show their buttons from it. */
export interface GroupPermissions {
  edit: boolean;
  join: boolean;
  requestToJoin: boolean;
  leave: boolean;
  manageMembers: boolean;
  readJournal: boolean;
}

const isAdmin = (viewer: Viewer) => viewer.actor?.platformRole === 'admin';

/**
 * Who may do what to which group. Rules, in order:
 * - a `members` group, its members and its journal do not exist for whoever is neither a member nor an
 *   administrator: NOT_FOUND, never FORBIDDEN, so that its name does not leak;
 * - administrators do everything, facilitators manage their group (edit, archive, members,
 *   invitations, join requests, journal);
 * - signed-in members of the platform join `open` groups and ask to join `request` groups;
 *   guests (partners) join only by invitation;
 * - nobody joins or is invited to an archived group.
 */
class GroupsPolicy {
  canSee(group: GroupEntity, viewer: Viewer): boolean {
    return group.visibility === 'public' || viewer.role !== null || isAdmin(viewer);
  }

  assertVisible(group: GroupEntity | null, viewer: Viewer): asserts group is GroupEntity {
    if (!group || !this.canSee(group, viewer)) {
      throw DomainError.of('GROUP_NOT_FOUND');
    }
  }

  mayManage(viewer: Viewer): boolean {
    return isAdmin(viewer) || viewer.role === 'facilitator';
  }

  assertManage(group: GroupEntity | null, viewer: Viewer): asserts group is GroupEntity {
    this.assertVisible(group, viewer);
    if (!this.mayManage(viewer)) {
      throw DomainError.of('FACILITATORS_ONLY');
    }
  }

  assertCreate(actor: Actor): void {
    if (actor.platformRole !== 'admin') {
      throw DomainError.of('GROUP_CREATION_RESERVED');
    }
  }

  /** Members are listed to signed-in people who may see the group: the public sees the count only. */
  assertSeeMembers(group: GroupEntity | null, viewer: Viewer): asserts group is GroupEntity {
    this.assertVisible(group, viewer);
    if (!viewer.actor) throw DomainError.of('MEMBERS_SIGN_IN_REQUIRED');
  }

  assertActive(group: GroupEntity): void {
    if (group.status === 'archived') {
      throw DomainError.of('GROUP_ARCHIVED');
    }
  }

  /** Joining at once (`open`) or by request (`request`), for a signed-in non-member. */
  assertMayJoin(group: GroupEntity | null, viewer: Viewer, how: 'open' | 'request'): asserts group is GroupEntity {
    this.assertVisible(group, viewer);
    if (viewer.role) throw DomainError.of('ALREADY_MEMBER');
    this.assertActive(group);
    if (viewer.actor?.platformRole === 'guest') {
      throw DomainError.of('GUESTS_JOIN_BY_INVITATION');
    }
    if (group.joinPolicy === 'invitation') {
      throw DomainError.of('GROUP_BY_INVITATION_ONLY');
    }
    if (group.joinPolicy !== how) {
      throw DomainError.of(how === 'open' ? 'GROUP_JOINED_BY_REQUEST' : 'GROUP_OPEN');
    }
  }

  assertMember(group: GroupEntity | null, viewer: Viewer): asserts group is GroupEntity {
    this.assertVisible(group, viewer);
    if (!viewer.role) throw DomainError.of('NOT_A_MEMBER');
  }

  /**
   * An invitation works, and shows its group, only while pending and for whoever it is for: a
   * used, revoked or expired link, or someone else's nominative one, says why and nothing more.
   */
  assertInvitationPending(invitation: InvitationEntity, actor: Actor): void {
    if (invitation.acceptedAt) throw DomainError.of('INVITATION_USED');
    if (invitation.revokedAt) throw DomainError.of('INVITATION_REVOKED');
    if (invitation.expiresAt <= new Date()) throw DomainError.of('INVITATION_EXPIRED');
    if (invitation.invitedUserId && invitation.invitedUserId !== actor.id) {
      throw DomainError.of('INVITATION_FOR_SOMEONE_ELSE');
    }
  }

  /** `voter` exists only in committees. */
  assertRoleFits(group: GroupEntity, role: MembershipRole): void {
    if (role === 'voter' && group.kind !== 'committee') {
      throw DomainError.of('VOTER_OUTSIDE_COMMITTEE');
    }
  }

  permissions(group: GroupEntity, viewer: Viewer): GroupPermissions {
    const active = group.status === 'active';
    const mayJoinAsNewcomer = active && viewer.actor !== null && !viewer.role && viewer.actor.platformRole !== 'guest';
    const manage = this.mayManage(viewer);
    return {
      edit: manage,
      join: mayJoinAsNewcomer && group.joinPolicy === 'open',
      requestToJoin: mayJoinAsNewcomer && group.joinPolicy === 'request',
      leave: viewer.role !== null,
      manageMembers: manage,
      readJournal: manage,
    };
  }
}

export const groupsPolicy: GroupsPolicy = new GroupsPolicy();
