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
      throw new DomainError('NOT_FOUND', 'Ce groupe n’existe pas, ou il est réservé à ses membres.');
    }
  }

  mayManage(viewer: Viewer): boolean {
    return isAdmin(viewer) || viewer.role === 'facilitator';
  }

  assertManage(group: GroupEntity | null, viewer: Viewer): asserts group is GroupEntity {
    this.assertVisible(group, viewer);
    if (!this.mayManage(viewer)) {
      throw new DomainError('FORBIDDEN', 'Seuls les animateurs du groupe et les administrateurs peuvent faire cela.');
    }
  }

  assertCreate(actor: Actor): void {
    if (actor.platformRole !== 'admin') {
      throw new DomainError('FORBIDDEN', 'Seuls les administrateurs créent des groupes et des comités.');
    }
  }

  /** Members are listed to signed-in people who may see the group: the public sees the count only. */
  assertSeeMembers(group: GroupEntity | null, viewer: Viewer): asserts group is GroupEntity {
    this.assertVisible(group, viewer);
    if (!viewer.actor) throw new DomainError('UNAUTHENTICATED', 'Identifiez-vous pour voir les membres du groupe.');
  }

  assertActive(group: GroupEntity): void {
    if (group.status === 'archived') {
      throw new DomainError('CONFLICT', 'Ce groupe est archivé : il n’accueille plus de nouveaux membres.');
    }
  }

  /** Joining at once (`open`) or by request (`request`), for a signed-in non-member. */
  assertMayJoin(group: GroupEntity | null, viewer: Viewer, how: 'open' | 'request'): asserts group is GroupEntity {
    this.assertVisible(group, viewer);
    if (viewer.role) throw new DomainError('CONFLICT', 'Vous êtes déjà membre de ce groupe.');
    this.assertActive(group);
    if (viewer.actor?.platformRole === 'guest') {
      throw new DomainError('FORBIDDEN', 'Les partenaires invités rejoignent un groupe sur invitation seulement.');
    }
    if (group.joinPolicy === 'invitation') {
      throw new DomainError('FORBIDDEN', 'Ce groupe accueille ses membres sur invitation seulement.');
    }
    if (group.joinPolicy !== how) {
      throw new DomainError(
        'BAD_USER_INPUT',
        how === 'open'
          ? 'Ce groupe accueille ses membres sur demande : demandez à le rejoindre.'
          : 'Ce groupe est ouvert : rejoignez-le directement.',
      );
    }
  }

  assertMember(group: GroupEntity | null, viewer: Viewer): asserts group is GroupEntity {
    this.assertVisible(group, viewer);
    if (!viewer.role) throw new DomainError('CONFLICT', 'Vous n’êtes pas membre de ce groupe.');
  }

  /**
   * An invitation works, and shows its group, only while pending and for whoever it is for: a
   * used, revoked or expired link, or someone else's nominative one, says why and nothing more.
   */
  assertInvitationPending(invitation: InvitationEntity, actor: Actor): void {
    if (invitation.acceptedAt)
      throw new DomainError('CONFLICT', 'Cette invitation a déjà servi : elle ne vaut qu’une fois.');
    if (invitation.revokedAt)
      throw new DomainError('CONFLICT', 'Cette invitation a été retirée par l’animateur du groupe.');
    if (invitation.expiresAt <= new Date()) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Cette invitation a expiré : demandez à l’animateur du groupe de la renouveler.',
      );
    }
    if (invitation.invitedUserId && invitation.invitedUserId !== actor.id) {
      throw new DomainError('FORBIDDEN', 'Cette invitation est adressée à une autre personne.');
    }
  }

  /** `voter` exists only in committees. */
  assertRoleFits(group: GroupEntity, role: MembershipRole): void {
    if (role === 'voter' && group.kind !== 'committee') {
      throw new DomainError('BAD_USER_INPUT', 'Le rôle « votant » n’existe que dans un comité de pilotage.');
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
