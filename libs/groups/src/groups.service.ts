import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditEntryEntity, AuditService } from '@ouvroir/audit';
import {
  AppConfig,
  Connection,
  decodeCursor,
  DomainError,
  conflictOn,
  InjectConfig,
  LiveEvents,
  liveRoom,
  toConnection,
  validText,
} from '@ouvroir/core';
import { DomainsService } from '@ouvroir/domains';
import type { Actor } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { GroupEntity, GroupKind, GroupStatus, GroupVisibility, JoinPolicy } from './group.entity';
import {
  CHARTER_MAX,
  MESSAGE_MAX,
  SHORT_DESCRIPTION_MAX,
  slugFrom,
  validEmail,
  validName,
  validSlug,
  validUserId,
} from './group.rules';
import { GroupPermissions, groupsPolicy, Viewer } from './groups.policy';
import { DirectoryQuery, GroupsRepository } from './groups.repository';
import { InvitationEntity } from './invitation.entity';
import { JoinRequestEntity } from './join-request.entity';
import { MEMBERSHIP_ROLES, MembershipEntity, MembershipRole } from './membership.entity';

export const INVITATION_DAYS = 14;

export interface GroupFields {
  name?: string;
  shortDescription?: string;
  charter?: string;
  visibility?: GroupVisibility;
  joinPolicy?: JoinPolicy;
  /** The committee a working group's proposals go to; null unsets it. */
  committeeId?: string | null;
}

export interface NewGroup extends GroupFields {
  domainSlug: string;
  kind: GroupKind;
  name: string;
  slug?: string;
  /** The first facilitator; the creating administrator when absent. */
  facilitatorId?: string;
}

export interface DirectoryFilter {
  domainSlug?: string;
  kind?: GroupKind;
  status?: GroupStatus;
  search?: string;
  /** Only the groups the actor belongs to. */
  mine?: boolean;
}

export interface AuditFilter {
  groupId?: string;
  actions?: AuditAction[];
  actorId?: string;
  since?: Date;
  until?: Date;
}

export interface InvitationAddressee {
  userId?: string;
  email?: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Groups and committees: the directory, memberships, join requests and invitations. Every act is
 * checked by `groupsPolicy` and journaled in the same transaction as the change it records.
 */
@Injectable()
export class GroupsService {
  constructor(
    private readonly repository: GroupsRepository,
    private readonly domains: DomainsService,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
    private readonly live: LiveEvents,
  ) {}

  // Reading

  async directory(
    actor: Actor | null,
    filter: DirectoryFilter,
    first: number,
    after?: string,
  ): Promise<Connection<GroupEntity>> {
    if (filter.mine && !actor) throw new DomainError('UNAUTHENTICATED', 'Identifiez-vous pour voir vos groupes.');
    const query: DirectoryQuery = {
      visibleTo: actor?.platformRole === 'admin' ? undefined : { userId: actor?.id ?? null },
      domainId: filter.domainSlug ? (await this.domains.getBySlug(filter.domainSlug)).id : undefined,
      kind: filter.kind,
      status: filter.status,
      search: filter.search?.trim() || undefined,
      memberId: filter.mine ? actor!.id : undefined,
    };
    const { rows, total } = await this.repository.directory(query, first, after ? decodeCursor(after) : undefined);
    return toConnection(rows, first, total, (group) => [group.name, group.id]);
  }

  async bySlug(actor: Actor | null, slug: string): Promise<GroupEntity> {
    const group = await this.repository.findBySlug(slug);
    groupsPolicy.assertVisible(group, await this.viewerOf(actor, group));
    return group;
  }

  /** Groups by id for other resolvers (a working group's committee); the invisible ones come back null. */
  async visibleByIds(actor: Actor | null, ids: readonly string[]): Promise<(GroupEntity | null)[]> {
    const groups = new Map((await this.repository.findByIds(ids)).map((group) => [group.id, group]));
    const roles = await this.rolesOf(actor, ids);
    return ids.map((id) => {
      const group = groups.get(id);
      return group && groupsPolicy.canSee(group, { actor, role: roles.get(id) ?? null }) ? group : null;
    });
  }

  /**
   * For other domains (proposals, votes): the group and the actor's role in it, or null when the
   * group does not exist or is hidden from the actor.
   */
  async standing(
    actor: Actor | null,
    groupId: string,
  ): Promise<{ group: GroupEntity; role: MembershipRole | null } | null> {
    const group = await this.repository.findById(groupId);
    const viewer = await this.viewerOf(actor, group);
    return group && groupsPolicy.canSee(group, viewer) ? { group, role: viewer.role } : null;
  }

  /** The groups the actor may see, for other domains' lists and searches; null means all (administrators). */
  async visibleGroupIds(actor: Actor | null): Promise<string[] | null> {
    if (actor?.platformRole === 'admin') return null;
    return this.repository.visibleGroupIds(actor?.id ?? null);
  }

  /**
   * For votes: a committee's name and its voters at this moment, whoever asks (a vote's roll is
   * fixed from it when the vote opens).
   */
  async committeeVoters(committeeId: string): Promise<{ name: string; voterIds: string[] }> {
    const [group, voters] = await Promise.all([
      this.repository.findById(committeeId),
      this.repository.membershipsWithRole([committeeId], 'voter'),
    ]);
    return { name: group?.name ?? '', voterIds: voters.map((membership) => membership.userId).sort() };
  }

  /** Someone's role in a group (null: not a member), for other domains' rules. */
  async roleOf(userId: string, groupId: string): Promise<MembershipRole | null> {
    return (await this.repository.findMembership(groupId, userId))?.role ?? null;
  }

  /** The user ids of a group's members (all roles unless given), for other domains' rules: whom a message may mention. */
  memberIds(groupId: string, roles: readonly MembershipRole[] = MEMBERSHIP_ROLES): Promise<string[]> {
    return this.repository.memberIds(groupId, roles);
  }

  /** The groups where the actor has one of these roles. */
  groupIdsWithRole(actor: Actor, roles: MembershipRole[]): Promise<string[]> {
    return this.repository.groupIdsWithRoles(actor.id, roles);
  }

  /** The actor's role in each of these groups (absent: not a member). */
  async rolesOf(actor: Actor | null, groupIds: readonly string[]): Promise<Map<string, MembershipRole>> {
    if (!actor || groupIds.length === 0) return new Map();
    const memberships = await this.repository.rolesOf(actor.id, groupIds);
    return new Map(memberships.map((membership) => [membership.groupId, membership.role]));
  }

  permissions(group: GroupEntity, viewer: Viewer): GroupPermissions {
    return groupsPolicy.permissions(group, viewer);
  }

  /** The facilitators' user ids of groups the caller already showed, oldest first. */
  async facilitatorIds(groupIds: readonly string[]): Promise<string[][]> {
    const memberships = await this.repository.membershipsWithRole(groupIds, 'facilitator');
    return groupIds.map((id) => memberships.filter((m) => m.groupId === id).map((m) => m.userId));
  }

  /** The actor's pending join requests in these groups, by group id. */
  async pendingRequestsOf(actor: Actor | null, groupIds: readonly string[]): Promise<(JoinRequestEntity | null)[]> {
    if (!actor) return groupIds.map(() => null);
    const requests = await this.repository.pendingRequestsOf(actor.id, groupIds);
    return groupIds.map((id) => requests.find((request) => request.groupId === id) ?? null);
  }

  async members(
    actor: Actor | null,
    groupId: string,
    role: MembershipRole | undefined,
    first: number,
    after?: string,
  ): Promise<Connection<MembershipEntity>> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertSeeMembers(group, await this.viewerOf(actor, group));
    const cursor = after ? decodeCursor(after) : undefined;
    const { rows, total } = await this.repository.members(groupId, role, first, cursor);
    return toConnection(rows, first, total, (membership) => [membership.since.toISOString(), membership.userId]);
  }

  async joinRequests(
    actor: Actor,
    groupId: string,
    first: number,
    after?: string,
  ): Promise<Connection<JoinRequestEntity>> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    const cursor = after ? decodeCursor(after) : undefined;
    const { rows, total } = await this.repository.pendingRequests(groupId, first, cursor);
    return toConnection(rows, first, total, (request) => [request.createdAt.toISOString(), request.id]);
  }

  /** A group's invitations not yet accepted nor revoked (expired ones included, to be resent). */
  async invitations(actor: Actor, groupId: string): Promise<InvitationEntity[]> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    return this.repository.openInvitations({ groupId });
  }

  /** The groups of invitations the caller already showed (see InvitationResolver.group). */
  async invitedGroups(ids: readonly string[]): Promise<GroupEntity[]> {
    const groups = new Map((await this.repository.findByIds(ids)).map((group) => [group.id, group]));
    return ids.map((id) => groups.get(id)!);
  }

  /** The pending invitation behind a link, for its holder (signed in) to read before accepting it. */
  async invitationByToken(actor: Actor, token: string): Promise<InvitationEntity> {
    const invitation = await this.repository.findInvitationByTokenHash(hashToken(token.trim()));
    if (!invitation) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Ce lien d’invitation n’est pas valide : vérifiez-le ou demandez-en un autre.',
      );
    }
    groupsPolicy.assertInvitationPending(invitation, actor);
    return invitation;
  }

  /** Invitations addressed to the actor by name, still valid. */
  myInvitations(actor: Actor): Promise<InvitationEntity[]> {
    return this.repository.openInvitations({ invitedUserId: actor.id });
  }

  /**
   * The journal: administrators read all of it; facilitators the entries of the groups they
   * facilitate (one of them with `groupId`, all of them without).
   */
  async auditLog(
    actor: Actor,
    filter: AuditFilter,
    first: number,
    after?: string,
  ): Promise<Connection<AuditEntryEntity>> {
    const query = { actions: filter.actions, actorId: filter.actorId, since: filter.since, until: filter.until };
    if (filter.groupId) {
      const group = await this.repository.findById(filter.groupId);
      groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
      return this.audit.page({ ...query, groupIds: [group.id] }, first, after);
    }
    if (actor.platformRole === 'admin') return this.audit.page(query, first, after);
    const facilitated = await this.repository.groupIdsWithRoles(actor.id, ['facilitator']);
    if (facilitated.length === 0) {
      throw new DomainError('FORBIDDEN', 'Le journal est réservé aux administrateurs et aux animateurs de groupe.');
    }
    return this.audit.page({ ...query, groupIds: facilitated }, first, after);
  }

  // Groups

  /** An administrator creates a group or a committee and becomes its first facilitator. */
  async create(actor: Actor, input: NewGroup): Promise<GroupEntity> {
    groupsPolicy.assertCreate(actor);
    const domain = await this.domains.getBySlug(input.domainSlug).catch(() => {
      throw new DomainError('BAD_USER_INPUT', `Aucun domaine ne porte l’identifiant « ${input.domainSlug} ».`, {
        field: 'domainSlug',
      });
    });
    const name = validName(input.name);
    const slug = validSlug(input.slug?.trim() || slugFrom(name));
    const fields = await this.validFields(input, { kind: input.kind, domainId: domain.id });
    const facilitatorId = input.facilitatorId ? validUserId(input.facilitatorId, 'facilitatorId') : actor.id;
    return this.repository
      .transaction(async (manager) => {
        if (await this.repository.slugTaken(slug, manager)) throw this.slugConflict(slug);
        const group = await this.repository.saveGroup(manager, {
          visibility: 'public',
          joinPolicy: 'request',
          ...fields,
          name,
          slug,
          kind: input.kind,
          domainId: domain.id,
          status: 'active',
        });
        await this.repository.insertMembership(manager, {
          groupId: group.id,
          userId: facilitatorId,
          role: 'facilitator',
        });
        await this.journal(manager, actor, group, 'group_created', 'group', group.id, {
          subjectUserId: facilitatorId,
          details: { name, kind: group.kind },
        });
        // Read back: the trigger has counted the first facilitator.
        return (await this.repository.findById(group.id, manager))!;
      })
      .catch(conflictOn('work_group_slug_uq', this.slugConflict(slug).message))
      .catch(
        conflictOn('membership_user_id_fkey', 'Aucun compte ne correspond à l’animateur désigné.', 'BAD_USER_INPUT'),
      );
  }

  async update(actor: Actor, groupId: string, input: GroupFields): Promise<GroupEntity> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    const fields = await this.validFields(input, group);
    if (input.name !== undefined) fields.name = validName(input.name);
    const changed = Object.keys(fields).filter(
      (key) => fields[key as keyof GroupFields] !== group[key as keyof GroupFields],
    );
    if (changed.length === 0) return group;
    return this.repository.transaction(async (manager) => {
      const saved = await this.repository.saveGroup(manager, { ...group, ...fields });
      await this.journal(manager, actor, group, 'group_updated', 'group', group.id, { details: { changed } });
      return saved;
    });
  }

  async setStatus(actor: Actor, groupId: string, status: GroupStatus): Promise<GroupEntity> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    if (group.status === status) {
      throw new DomainError(
        'CONFLICT',
        status === 'archived' ? 'Ce groupe est déjà archivé.' : 'Ce groupe est déjà actif.',
      );
    }
    return this.repository.transaction(async (manager) => {
      const saved = await this.repository.saveGroup(manager, { ...group, status });
      await this.journal(
        manager,
        actor,
        group,
        status === 'archived' ? 'group_archived' : 'group_reopened',
        'group',
        group.id,
      );
      return saved;
    });
  }

  // Joining and leaving

  /** Joins an `open` group at once, as a member. */
  async join(actor: Actor, groupId: string): Promise<MembershipEntity> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertMayJoin(group, await this.viewerOf(actor, group), 'open');
    return this.repository
      .transaction(async (manager) => {
        const membership = { groupId, userId: actor.id, role: 'member' as const };
        await this.repository.insertMembership(manager, membership);
        await this.journal(manager, actor, group, 'member_joined', 'membership', actor.id, { subjectUserId: actor.id });
        return this.repository.findMembership(groupId, actor.id, manager) as Promise<MembershipEntity>;
      })
      .catch(conflictOn('membership_pkey', 'Vous êtes déjà membre de ce groupe.'));
  }

  /** Asks to join a `request` group; a facilitator decides. */
  async requestToJoin(actor: Actor, groupId: string, message?: string | null): Promise<JoinRequestEntity> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertMayJoin(group, await this.viewerOf(actor, group), 'request');
    const text = validText(message ?? '', MESSAGE_MAX, 'message', 'Le message');
    return this.repository
      .transaction(async (manager) => {
        const request = await this.repository.saveJoinRequest(manager, { groupId, userId: actor.id, message: text });
        await this.journal(manager, actor, group, 'join_requested', 'join_request', request.id, {
          subjectUserId: actor.id,
        });
        return request;
      })
      .catch(conflictOn('join_request_pending_uq', 'Votre demande pour rejoindre ce groupe est déjà en attente.'));
  }

  /** A facilitator accepts a request (the person becomes a member) or declines it with a reason. */
  async decideJoinRequest(
    actor: Actor,
    requestId: string,
    accept: boolean,
    reason?: string | null,
  ): Promise<JoinRequestEntity> {
    const request = await this.repository.findJoinRequest(requestId);
    const group = request ? await this.repository.findById(request.groupId) : null;
    if (!request) groupsPolicy.assertVisible(null, { actor, role: null });
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    const why = validText(reason ?? '', MESSAGE_MAX, 'reason', 'Le motif');
    if (!accept && !why) {
      throw new DomainError('BAD_USER_INPUT', 'Indiquez le motif du refus : la personne le recevra.', {
        field: 'reason',
      });
    }
    if (accept) groupsPolicy.assertActive(group);
    return this.repository.transaction(async (manager) => {
      const decided = await this.repository.decideJoinRequest(manager, requestId, {
        status: accept ? 'accepted' : 'declined',
        decidedBy: actor.id,
        reason: why || null,
      });
      if (!decided) throw new DomainError('CONFLICT', 'Cette demande a déjà été traitée.');
      if (accept) {
        await this.repository
          .insertMembership(manager, { groupId: group.id, userId: request!.userId, role: 'member' })
          .catch(conflictOn('membership_pkey', 'Cette personne est déjà membre du groupe.'));
      }
      await this.journal(
        manager,
        actor,
        group,
        accept ? 'join_request_accepted' : 'join_request_declined',
        'join_request',
        requestId,
        { subjectUserId: request!.userId, details: why ? { reason: why } : {} },
      );
      return (await this.repository.findJoinRequest(requestId, manager))!;
    });
  }

  async leave(actor: Actor, groupId: string): Promise<void> {
    const group = await this.repository.findById(groupId);
    const viewer = await this.viewerOf(actor, group);
    groupsPolicy.assertMember(group, viewer);
    await this.repository.transaction(async (manager) => {
      if (viewer.role === 'facilitator') await this.assertNotLastFacilitator(manager, groupId, 'leave');
      await this.repository.deleteMembership(manager, groupId, actor.id);
      await this.journal(manager, actor, group, 'member_left', 'membership', actor.id, { subjectUserId: actor.id });
    });
    this.membershipEnded(actor.id, groupId);
  }

  // Managing members

  /** A facilitator adds someone directly (an administrator naming a committee's voters). */
  async addMember(actor: Actor, groupId: string, userId: string, role: MembershipRole): Promise<MembershipEntity> {
    validUserId(userId);
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    groupsPolicy.assertActive(group);
    groupsPolicy.assertRoleFits(group, role);
    return this.repository
      .transaction(async (manager) => {
        await this.repository.insertMembership(manager, { groupId, userId, role });
        await this.journal(manager, actor, group, 'member_added', 'membership', userId, {
          subjectUserId: userId,
          details: { role },
        });
        return this.repository.findMembership(groupId, userId, manager) as Promise<MembershipEntity>;
      })
      .catch(conflictOn('membership_pkey', 'Cette personne est déjà membre du groupe.'))
      .catch(conflictOn('membership_user_id_fkey', 'Aucun compte ne correspond à cet identifiant.', 'BAD_USER_INPUT'));
  }

  async changeRole(actor: Actor, groupId: string, userId: string, role: MembershipRole): Promise<MembershipEntity> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    groupsPolicy.assertRoleFits(group, role);
    return this.repository.transaction(async (manager) => {
      const membership = await this.existingMembership(manager, groupId, userId);
      if (membership.role === role) return membership;
      if (membership.role === 'facilitator') await this.assertNotLastFacilitator(manager, groupId, 'demote');
      await this.repository.updateRole(manager, groupId, userId, role);
      await this.journal(manager, actor, group, 'member_role_changed', 'membership', userId, {
        subjectUserId: userId,
        details: { from: membership.role, to: role },
      });
      return { ...membership, role };
    });
  }

  async removeMember(actor: Actor, groupId: string, userId: string, reason?: string): Promise<void> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    const why = reason ? validText(reason, MESSAGE_MAX, 'reason', 'Le motif') : '';
    await this.repository.transaction(async (manager) => {
      const membership = await this.existingMembership(manager, groupId, userId);
      if (membership.role === 'facilitator') await this.assertNotLastFacilitator(manager, groupId, 'remove');
      await this.repository.deleteMembership(manager, groupId, userId);
      await this.journal(manager, actor, group, 'member_removed', 'membership', userId, {
        subjectUserId: userId,
        details: why ? { reason: why, role: membership.role } : { role: membership.role },
      });
    });
    this.membershipEnded(userId, groupId);
  }

  /** Ends at once the live views of the group that the former member still has open (libs/discussion). */
  private membershipEnded(userId: string, groupId: string): void {
    this.live.emit(liveRoom.user(userId), 'membership:ended', { userId, groupId });
  }

  // Invitations

  /**
   * Invites a user or an e-mail address. The token is returned once, inside the link the
   * facilitator sends; only its hash is kept. It works once, within INVITATION_DAYS days.
   */
  async invite(
    actor: Actor,
    groupId: string,
    to: InvitationAddressee,
    role: MembershipRole,
  ): Promise<{ invitation: InvitationEntity; link: string }> {
    const group = await this.repository.findById(groupId);
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    groupsPolicy.assertActive(group);
    groupsPolicy.assertRoleFits(group, role);
    if (Boolean(to.userId) === Boolean(to.email)) {
      throw new DomainError('BAD_USER_INPUT', 'Invitez soit une personne inscrite, soit une adresse électronique.');
    }
    const email = to.email ? validEmail(to.email) : null;
    if (to.userId) validUserId(to.userId);
    if (to.userId && (await this.repository.findMembership(groupId, to.userId))) {
      throw new DomainError('CONFLICT', 'Cette personne est déjà membre du groupe.');
    }
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.repository
      .transaction(async (manager) => {
        const saved = await this.repository.saveInvitation(manager, {
          groupId,
          invitedUserId: to.userId ?? null,
          email,
          role,
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
          invitedBy: actor.id,
        });
        await this.journal(manager, actor, group, 'invitation_sent', 'invitation', saved.id, {
          subjectUserId: to.userId ?? null,
          details: email ? { email, role } : { role },
        });
        return saved;
      })
      .catch(
        conflictOn(
          'invitation_invited_user_id_fkey',
          'Aucun compte ne correspond à cet identifiant.',
          'BAD_USER_INPUT',
        ),
      );
    return { invitation, link: `${this.config.publicUrl}/invitations/${token}` };
  }

  async revokeInvitation(actor: Actor, invitationId: string): Promise<InvitationEntity> {
    const invitation = await this.repository.findInvitation(invitationId);
    const group = invitation ? await this.repository.findById(invitation.groupId) : null;
    groupsPolicy.assertManage(group, await this.viewerOf(actor, group));
    return this.repository.transaction(async (manager) => {
      if (!(await this.repository.closeInvitation(manager, invitationId, { revoked: true }))) {
        throw new DomainError('CONFLICT', 'Cette invitation a déjà été acceptée ou retirée.');
      }
      await this.journal(manager, actor, group, 'invitation_revoked', 'invitation', invitationId, {
        subjectUserId: invitation!.invitedUserId,
      });
      return { ...invitation!, revokedAt: new Date() };
    });
  }

  /** Accepts the invitation behind a link (after sign-in). */
  async acceptInvitation(actor: Actor, token: string): Promise<MembershipEntity> {
    return this.consumeInvitation(actor, await this.invitationByToken(actor, token));
  }

  /** Accepts an invitation addressed to the actor by name (listed in `myInvitations`). */
  async acceptInvitationById(actor: Actor, invitationId: string): Promise<MembershipEntity> {
    const invitation = await this.repository.findInvitation(invitationId);
    if (!invitation || invitation.invitedUserId !== actor.id) {
      throw new DomainError('NOT_FOUND', 'Aucune invitation ne vous est adressée sous cet identifiant.');
    }
    return this.consumeInvitation(actor, invitation);
  }

  // Internals

  private async consumeInvitation(actor: Actor, invitation: InvitationEntity): Promise<MembershipEntity> {
    groupsPolicy.assertInvitationPending(invitation, actor);
    const group = (await this.repository.findById(invitation.groupId))!;
    groupsPolicy.assertActive(group);
    if (await this.repository.findMembership(group.id, actor.id)) {
      throw new DomainError('CONFLICT', 'Vous êtes déjà membre de ce groupe.');
    }
    return this.repository
      .transaction(async (manager) => {
        if (!(await this.repository.closeInvitation(manager, invitation.id, { acceptedBy: actor.id }))) {
          throw new DomainError('CONFLICT', 'Cette invitation a déjà servi : elle ne vaut qu’une fois.');
        }
        await this.repository.insertMembership(manager, { groupId: group.id, userId: actor.id, role: invitation.role });
        await this.journal(manager, actor, group, 'invitation_accepted', 'invitation', invitation.id, {
          subjectUserId: actor.id,
          details: { role: invitation.role },
        });
        return this.repository.findMembership(group.id, actor.id, manager) as Promise<MembershipEntity>;
      })
      .catch(conflictOn('membership_pkey', 'Vous êtes déjà membre de ce groupe.'));
  }

  private async viewerOf(actor: Actor | null, group: GroupEntity | null): Promise<Viewer> {
    if (!actor || !group) return { actor, role: null };
    const membership = await this.repository.findMembership(group.id, actor.id);
    return { actor, role: membership?.role ?? null };
  }

  private async existingMembership(manager: EntityManager, groupId: string, userId: string) {
    const membership = await this.repository.findMembership(groupId, userId, manager);
    if (!membership) throw new DomainError('NOT_FOUND', 'Cette personne n’est pas membre du groupe.');
    return membership;
  }

  private async assertNotLastFacilitator(manager: EntityManager, groupId: string, act: 'leave' | 'demote' | 'remove') {
    if ((await this.repository.countFacilitatorsLocked(manager, groupId)) > 1) return;
    const messages = {
      leave: 'Vous êtes le dernier animateur : nommez un autre animateur avant de quitter le groupe.',
      demote: 'C’est le dernier animateur du groupe : nommez-en un autre avant de changer son rôle.',
      remove: 'C’est le dernier animateur du groupe : nommez-en un autre avant de le retirer.',
    };
    throw new DomainError('CONFLICT', messages[act]);
  }

  /** Checks the optional fields of a new or edited group. */
  private async validFields(input: GroupFields, group: Pick<GroupEntity, 'kind' | 'domainId'>): Promise<GroupFields> {
    const fields: GroupFields = {};
    if (input.shortDescription !== undefined) {
      fields.shortDescription = validText(
        input.shortDescription,
        SHORT_DESCRIPTION_MAX,
        'shortDescription',
        'La description courte',
      );
    }
    if (input.charter !== undefined) fields.charter = validText(input.charter, CHARTER_MAX, 'charter', 'La charte');
    if (input.visibility !== undefined) fields.visibility = input.visibility;
    if (input.joinPolicy !== undefined) fields.joinPolicy = input.joinPolicy;
    if (input.committeeId !== undefined) {
      if (input.committeeId !== null) {
        const committee = await this.repository.findById(input.committeeId);
        if (
          group.kind !== 'working_group' ||
          committee?.kind !== 'committee' ||
          committee.domainId !== group.domainId
        ) {
          throw new DomainError(
            'BAD_USER_INPUT',
            'Un groupe de travail ne peut s’adresser qu’à un comité de pilotage de son domaine.',
            { field: 'committeeId' },
          );
        }
      }
      fields.committeeId = input.committeeId;
    }
    return fields;
  }

  private slugConflict(slug: string) {
    return new DomainError(
      'CONFLICT',
      `L’adresse « ${slug} » est déjà prise par un autre groupe : choisissez-en une autre.`,
      {
        field: 'slug',
      },
    );
  }

  private journal(
    manager: EntityManager,
    actor: Actor,
    group: GroupEntity,
    action: AuditAction,
    targetType: string,
    targetId: string,
    extra: { subjectUserId?: string | null; details?: Record<string, unknown> } = {},
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
}
