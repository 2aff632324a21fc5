import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, conflictOn, derivedKey, DomainError, DomainEvents, InjectConfig, seal } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { GroupAccessService } from './group-access.service';
import { GroupJournalService } from './group-journal.service';
import { GroupEntity } from './group.entity';
import { validEmail, validUserId } from './group.rules';
import { groupsPolicy } from './groups.policy';
import { GroupsRepository } from './groups.repository';
import { InvitationEntity } from './invitation.entity';
import { InvitationsRepository } from './invitations.repository';
import { MembershipEntity, MembershipRole } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';

export const INVITATION_DAYS = 14;

export interface InvitationAddressee {
  userId?: string;
  email?: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Invitations to a group, by link: to a registered person (nominative, who is notified) or to an
 * e-mail address (which is mailed the link). The token is returned once, inside the link the
 * facilitator may also send himself; only its hash is kept. It works
 * once, within INVITATION_DAYS days, and can be revoked.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly repository: InvitationsRepository,
    private readonly groups: GroupsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly access: GroupAccessService,
    private readonly journal: GroupJournalService,
    @InjectConfig() private readonly config: AppConfig,
    private readonly events: DomainEvents,
  ) {}

  /** A group's invitations not yet accepted nor revoked (expired ones included, to be resent). */
  async ofGroup(actor: Actor, groupId: string): Promise<InvitationEntity[]> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertManage(group, viewer);
    return this.repository.openInvitations({ groupId: group.id });
  }

  /** The groups of invitations the caller already showed (see InvitationResolver.group). */
  async invitedGroups(ids: readonly string[]): Promise<GroupEntity[]> {
    const groups = new Map((await this.groups.findByIds(ids)).map((group) => [group.id, group]));
    return ids.map((id) => groups.get(id)!);
  }

  /** The pending invitation behind a link, for its holder (signed in) to read before accepting it. */
  async byToken(actor: Actor, token: string): Promise<InvitationEntity> {
    const invitation = await this.repository.findInvitationByTokenHash(hashToken(token.trim()));
    if (!invitation) throw DomainError.of('INVITATION_LINK_INVALID');
    groupsPolicy.assertInvitationPending(invitation, actor);
    return invitation;
  }

  /** Invitations addressed to the actor by name, still valid. */
  mine(actor: Actor): Promise<InvitationEntity[]> {
    return this.repository.openInvitations({ invitedUserId: actor.id });
  }

  /** Invites a user or an e-mail address; the link holds the token, shown this once. */
  async invite(
    actor: Actor,
    groupId: string,
    to: InvitationAddressee,
    role: MembershipRole,
  ): Promise<{ invitation: InvitationEntity; link: string }> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertManage(group, viewer);
    groupsPolicy.assertActive(group);
    groupsPolicy.assertRoleFits(group, role);
    if (Boolean(to.userId) === Boolean(to.email)) throw DomainError.of('INVITEE_USER_OR_EMAIL');
    const email = to.email ? validEmail(to.email) : null;
    if (to.userId) validUserId(to.userId);
    if (to.userId && (await this.memberships.findMembership(group.id, to.userId))) {
      throw DomainError.of('PERSON_ALREADY_MEMBER');
    }
    const token = randomBytes(32).toString('base64url');
    const link = `${this.config.publicUrl}/invitations/${token}`;
    const invitation = await this.repository
      .transaction(async (manager) => {
        const saved = await this.repository.saveInvitation(manager, {
          groupId: group.id,
          invitedUserId: to.userId ?? null,
          email,
          role,
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
          invitedBy: actor.id,
        });
        await this.journal.record(manager, actor, group, 'invitation_sent', 'invitation', saved.id, {
          subjectUserId: to.userId ?? null,
          details: email ? { email, role } : { role },
        });
        // The link travels sealed to the mail job: the token itself is kept nowhere.
        await this.events.publish(manager, 'group_invitation', {
          actorId: actor.id,
          groupId: group.id,
          invitationId: saved.id,
          inviteeId: to.userId ?? null,
          sealedMail: email ? seal(derivedKey(this.config, 'mail:invitation'), JSON.stringify({ email, link })) : null,
        });
        return saved;
      })
      .catch(conflictOn('invitation_invited_user_id_fkey', 'USER_UNKNOWN'));
    return { invitation, link };
  }

  async revoke(actor: Actor, invitationId: string): Promise<InvitationEntity> {
    const invitation = await this.repository.findInvitation(invitationId);
    if (!invitation) throw DomainError.of('GROUP_NOT_FOUND');
    const { group, viewer } = await this.access.of(actor, invitation.groupId);
    groupsPolicy.assertManage(group, viewer);
    return this.repository.transaction(async (manager) => {
      if (!(await this.repository.closeInvitation(manager, invitationId, { revoked: true }))) {
        throw DomainError.of('INVITATION_CLOSED');
      }
      await this.journal.record(manager, actor, group, 'invitation_revoked', 'invitation', invitationId, {
        subjectUserId: invitation.invitedUserId,
      });
      return { ...invitation, revokedAt: new Date() };
    });
  }

  /** Accepts the invitation behind a link (after sign-in). */
  async accept(actor: Actor, token: string): Promise<MembershipEntity> {
    return this.consume(actor, await this.byToken(actor, token));
  }

  /** Accepts an invitation addressed to the actor by name (listed in `mine`). */
  async acceptById(actor: Actor, invitationId: string): Promise<MembershipEntity> {
    const invitation = await this.repository.findInvitation(invitationId);
    if (!invitation || invitation.invitedUserId !== actor.id) throw DomainError.of('INVITATION_NOT_FOUND');
    return this.consume(actor, invitation);
  }

  private async consume(actor: Actor, invitation: InvitationEntity): Promise<MembershipEntity> {
    groupsPolicy.assertInvitationPending(invitation, actor);
    // An invitation opens its group, even a members-only one, and is deleted with it.
    const { group: found, viewer } = await this.access.of(actor, invitation.groupId);
    const group = found!;
    groupsPolicy.assertActive(group);
    if (viewer.role) throw DomainError.of('ALREADY_MEMBER');
    return this.memberships
      .transaction(async (manager) => {
        if (!(await this.repository.closeInvitation(manager, invitation.id, { acceptedBy: actor.id }))) {
          throw DomainError.of('INVITATION_USED');
        }
        await this.memberships.insertMembership(manager, {
          groupId: invitation.groupId,
          userId: actor.id,
          role: invitation.role,
        });
        await this.journal.record(manager, actor, group, 'invitation_accepted', 'invitation', invitation.id, {
          subjectUserId: actor.id,
          details: { role: invitation.role },
        });
        return (await this.memberships.findMembership(invitation.groupId, actor.id, manager))!;
      })
      .catch(conflictOn('membership_pkey', 'ALREADY_MEMBER'));
  }
}
