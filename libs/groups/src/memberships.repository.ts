import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { keysetPage, Page } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { MembershipEntity, MembershipRole } from './membership.entity';

@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
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
  async groupIdsWithRoles(userId: string, roles: readonly MembershipRole[]): Promise<string[]> {
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
  members(
    groupId: string,
    role: MembershipRole | undefined,
    first: number,
    after?: unknown[],
  ): Promise<Page<MembershipEntity>> {
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
}
