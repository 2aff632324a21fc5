import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import type { AuditQuery } from './audit.service';

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, entries: Partial<AuditEntryEntity>[]): Promise<void> {
    await manager.save(
      AuditEntryEntity,
      entries.map((entry) => manager.create(AuditEntryEntity, entry)),
    );
  }

  /** Newest first, `first + 1` rows before the cursor's id, and the matching count. */
  async page(
    query: AuditQuery,
    first: number,
    beforeId?: string,
  ): Promise<{ rows: AuditEntryEntity[]; total: number }> {
    const builder = this.dataSource.manager.createQueryBuilder(AuditEntryEntity, 'entry');
    if (query.groupIds) builder.andWhere('entry.group_id = ANY(:groupIds)', { groupIds: query.groupIds });
    if (query.actions?.length) builder.andWhere('entry.action = ANY(:actions)', { actions: query.actions });
    if (query.actorId) builder.andWhere('entry.actor_id = :actorId', { actorId: query.actorId });
    if (query.since) builder.andWhere('entry.occurred_at >= :since', { since: query.since });
    if (query.until) builder.andWhere('entry.occurred_at < :until', { until: query.until });
    query.excluding?.forEach((excluded, index) =>
      builder.andWhere(`NOT (entry.action = :excludedAction${index} AND entry.details @> :excludedDetails${index})`, {
        [`excludedAction${index}`]: excluded.action,
        [`excludedDetails${index}`]: JSON.stringify(excluded.details),
      }),
    );
    const total = await builder.clone().getCount();
    if (beforeId) builder.andWhere('entry.id < :beforeId', { beforeId });
    const rows = await builder
      .orderBy('entry.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }
}
