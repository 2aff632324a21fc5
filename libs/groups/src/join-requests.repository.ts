import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { keysetPage, Page } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { JoinRequestEntity } from './join-request.entity';

@Injectable()
export class JoinRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
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

  /** The groups `userId` facilitates with requests awaiting a decision, and how many: most first. */
  pendingCountsFacilitatedBy(userId: string, first: number): Promise<{ groupId: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT request.group_id AS "groupId", count(*)::int AS count
       FROM join_request request
       JOIN membership facilitator ON facilitator.group_id = request.group_id
         AND facilitator.user_id = $1 AND facilitator.role = 'facilitator'
       WHERE request.status = 'pending'
       GROUP BY request.group_id ORDER BY count DESC, request.group_id LIMIT $2`,
      [userId, first],
    );
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
}
