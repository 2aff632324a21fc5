import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { containing, keysetPage, Page } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { GroupEntity, GroupKind, GroupStatus } from './group.entity';
import { InvitationEntity } from './invitation.entity';
import { JoinRequestEntity } from './join-request.entity';
import { MembershipEntity, MembershipRole } from './membership.entity';

/** Which groups a directory page lists; `visibleTo` absent means every group (administrators). */
export interface DirectoryQuery {
  visibleTo?: { userId: string | null };
  domainId?: string;
  kind?: GroupKind;
  status?: GroupStatus;
  search?: string;
  memberId?: string;
}

@Injectable()
export class GroupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A page of the directory by name: public groups, and members-only ones the user belongs to. */
  directory(query: DirectoryQuery, first: number, after?: unknown[]): Promise<Page<GroupEntity>> {
    const builder = this.dataSource.manager.createQueryBuilder(GroupEntity, 'grp');
    if (query.visibleTo?.userId === null) builder.andWhere(`grp.visibility = 'public'`);
    else if (query.visibleTo) {
      builder.andWhere(
        `(grp.visibility = 'public' OR EXISTS (SELECT 1 FROM membership m WHERE m.group_id = grp.id AND m.user_id = :viewerId))`,
        { viewerId: query.visibleTo.userId },
      );
    }
    if (query.domainId) builder.andWhere('grp.domain_id = :domainId', { domainId: query.domainId });
    if (query.kind) builder.andWhere('grp.kind = :kind', { kind: query.kind });
    if (query.status) builder.andWhere('grp.status = :status', { status: query.status });
    if (query.memberId) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM membership mine WHERE mine.group_id = grp.id AND mine.user_id = :memberId)',
        {
          memberId: query.memberId,
        },
      );
    }
    if (query.search) {
      builder.andWhere('(grp.name ILIKE :pattern OR grp.short_description ILIKE :pattern)', {
        pattern: containing(query.search),
      });
    }
    return keysetPage(builder, 'grp.name', 'grp.id', first, after);
  }

  findBySlug(slug: string): Promise<GroupEntity | null> {
    return this.dataSource.manager.findOneBy(GroupEntity, { slug });
  }

  async findById(id: string, manager = this.dataSource.manager): Promise<GroupEntity | null> {
    return isUUID(id) ? manager.findOneBy(GroupEntity, { id }) : null;
  }

  findByIds(ids: readonly string[]): Promise<GroupEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(GroupEntity, 'grp')
      .where('grp.id = ANY(:ids)', { ids: ids.filter((id) => isUUID(id)) })
      .getMany();
  }

  slugTaken(slug: string, manager: EntityManager): Promise<boolean> {
    return manager.existsBy(GroupEntity, { slug });
  }

  saveGroup(manager: EntityManager, group: Partial<GroupEntity>): Promise<GroupEntity> {
    return manager.save(GroupEntity, manager.create(GroupEntity, group));
  }

  async findMembership(
    groupId: string,
    userId: string,
    manager = this.dataSource.manager,
  ): Promise<MembershipEntity | null> {
    return isUUID(groupId) && isUUID(userId) ? manager.findOneBy(MembershipEntity, { groupId, userId }) : null;
  }

  /** The user's roles in these groups. */
  rolesOf(userId: string, groupIds: readonly string[]): Promise<MembershipEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(MembershipEntity, 'membership')
      .where('membership.user_id = :userId', { userId })
      .andWhere('membership.group_id = ANY(:groupIds)', { groupIds })
      .getMany();
  }

  /** The groups where the user has one of these roles. */
  async groupIdsWithRoles(userId: string, roles: MembershipRole[]): Promise<string[]> {
    const rows: { group_id: string }[] = await this.dataSource.manager.query(
      'SELECT group_id FROM membership WHERE user_id = $1 AND role = ANY($2)',
      [userId, roles],
    );
    return rows.map((row) => row.group_id);
  }

  /** The user ids of a group's members with one of these roles. */
  async memberIds(groupId: string, roles: readonly MembershipRole[]): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.manager.query(
      'SELECT user_id FROM membership WHERE group_id = $1 AND role = ANY($2)',
      [groupId, roles],
    );
    return rows.map((row) => row.user_id);
  }

  /** Public groups, and the members-only ones the user belongs to. */
  async visibleGroupIds(userId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.manager.query(
      `SELECT id FROM work_group WHERE visibility = 'public'
       UNION SELECT group_id FROM membership WHERE user_id = $1`,
      [userId],
    );
    return rows.map((row) => row.id);
  }

  /** Memberships with this role in these groups, oldest first. */
  membershipsWithRole(groupIds: readonly string[], role: MembershipRole): Promise<MembershipEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(MembershipEntity, 'membership')
      .where('membership.group_id = ANY(:groupIds)', { groupIds })
      .andWhere('membership.role = :role', { role })
      .orderBy('membership.since')
      .getMany();
  }

  /** A page of a group's members by seniority. */
  members(groupId: string, role: MembershipRole | undefined, first: number, after?: unknown[]) {
    const builder = this.dataSource.manager
      .createQueryBuilder(MembershipEntity, 'membership')
      .where('membership.group_id = :groupId', { groupId });
    if (role) builder.andWhere('membership.role = :role', { role });
    return keysetPage(builder, 'membership.since', 'membership.user_id', first, after);
  }

  /** Locks the group's memberships so that two facilitators cannot both step down at once. */
  async countFacilitatorsLocked(manager: EntityManager, groupId: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `SELECT user_id FROM membership WHERE group_id = $1 AND role = 'facilitator' FOR UPDATE`,
      [groupId],
    );
    return rows.length;
  }

  async insertMembership(manager: EntityManager, membership: Pick<MembershipEntity, 'groupId' | 'userId' | 'role'>) {
    await manager.insert(MembershipEntity, membership);
  }

  async updateRole(manager: EntityManager, groupId: string, userId: string, role: MembershipRole): Promise<void> {
    await manager.update(MembershipEntity, { groupId, userId }, { role });
  }

  async deleteMembership(manager: EntityManager, groupId: string, userId: string): Promise<void> {
    await manager.delete(MembershipEntity, { groupId, userId });
  }

  async findJoinRequest(id: string, manager = this.dataSource.manager): Promise<JoinRequestEntity | null> {
    return isUUID(id) ? manager.findOneBy(JoinRequestEntity, { id }) : null;
  }

  pendingRequestsOf(userId: string, groupIds: readonly string[]): Promise<JoinRequestEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(JoinRequestEntity, 'request')
      .where('request.user_id = :userId', { userId })
      .andWhere('request.group_id = ANY(:groupIds)', { groupIds })
      .andWhere(`request.status = 'pending'`)
      .getMany();
  }

  pendingRequests(groupId: string, first: number, after?: unknown[]): Promise<Page<JoinRequestEntity>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(JoinRequestEntity, 'request')
      .where('request.group_id = :groupId', { groupId })
      .andWhere(`request.status = 'pending'`);
    return keysetPage(builder, 'request.created_at', 'request.id', first, after);
  }

  saveJoinRequest(manager: EntityManager, request: Partial<JoinRequestEntity>): Promise<JoinRequestEntity> {
    return manager.save(JoinRequestEntity, manager.create(JoinRequestEntity, request));
  }

  /** Decides a pending request; false when it was no longer pending (decided by someone else meanwhile). */
  async decideJoinRequest(
    manager: EntityManager,
    id: string,
    decision: Pick<JoinRequestEntity, 'status' | 'decidedBy' | 'reason'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(JoinRequestEntity)
      .set({ ...decision, decidedAt: () => 'now()' })
      .where(`id = :id AND status = 'pending'`, { id })
      .execute();
    return result.affected === 1;
  }

  saveInvitation(manager: EntityManager, invitation: Partial<InvitationEntity>): Promise<InvitationEntity> {
    return manager.save(InvitationEntity, manager.create(InvitationEntity, invitation));
  }

  async findInvitation(id: string): Promise<InvitationEntity | null> {
    return isUUID(id) ? this.dataSource.manager.findOneBy(InvitationEntity, { id }) : null;
  }

  findInvitationByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.dataSource.manager.findOneBy(InvitationEntity, { tokenHash });
  }

  /** Invitations neither accepted nor revoked: of a group, or addressed to a user. */
  openInvitations(where: { groupId: string } | { invitedUserId: string }): Promise<InvitationEntity[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(InvitationEntity, 'invitation')
      .where('invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL');
    if ('groupId' in where) builder.andWhere('invitation.group_id = :groupId', where);
    else builder.andWhere('invitation.invited_user_id = :invitedUserId AND invitation.expires_at > now()', where);
    return builder.orderBy('invitation.created_at', 'DESC').getMany();
  }

  /** Marks an open invitation used or revoked; false when it already was (single use, even under races). */
  async closeInvitation(
    manager: EntityManager,
    id: string,
    change: { acceptedBy: string } | { revoked: true },
  ): Promise<boolean> {
    const set =
      'acceptedBy' in change
        ? { acceptedBy: change.acceptedBy, acceptedAt: () => 'now()' }
        : { revokedAt: () => 'now()' };
    const result = await manager
      .createQueryBuilder()
      .update(InvitationEntity)
      .set(set)
      .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }
}
