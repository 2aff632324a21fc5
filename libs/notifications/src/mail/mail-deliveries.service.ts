import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeCursor, keysetPage, toConnection } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { DataSource } from 'typeorm';
import { MailDeliveryEntity } from '../notification.entity';
import { notificationsPolicy } from '../notifications.policy';

export type MailDeliveryShown = MailDeliveryEntity & { notificationCount: number };

/** What administrators see of the mails: those that failed after their retries. */
@Injectable()
export class MailDeliveriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async failed(actor: Actor, first: number, after?: string): Promise<Connection<MailDeliveryShown>> {
    notificationsPolicy.assertAdministrator(actor);
    const cursor = after ? decodeCursor(after) : undefined;
    const query = this.dataSource.manager
      .createQueryBuilder(MailDeliveryEntity, 'delivery')
      .where(`delivery.status = 'failed'`);
    const { rows, total } = await keysetPage(query, 'delivery.updated_at', 'delivery.id', first, cursor, 'DESC');
    const shown = rows.map((row) => ({ ...row, notificationCount: row.notificationIds.length }));
    return toConnection(shown, first, total, (row) => [row.updatedAt.toISOString(), row.id]);
  }
}
