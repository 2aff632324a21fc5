import { Injectable } from '@nestjs/common';
import { NOTIFICATION_LIMITS } from '@ouvroir/contracts';
import { Connection, decodeCursor, DomainError, LiveEvents, liveRoom, toConnection } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { NotificationEntity } from './notification.entity';
import { NotificationFilter, NotificationsRepository } from './notifications.repository';

/** A person's own notifications: the bell's count, the list, marking read. Nobody reads another's. */
@Injectable()
export class InboxService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly live: LiveEvents,
  ) {}

  async list(
    actor: Actor,
    filter: NotificationFilter,
    first: number,
    after?: string,
  ): Promise<Connection<NotificationEntity>> {
    const cursor = after ? decodeCursor(after) : undefined;
    const { rows, total } = await this.repository.page(actor.id, filter, first, cursor);
    return toConnection(rows, first, total, (row) => [row.updatedAt.toISOString(), row.id]);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.repository.unreadCount(actor.id);
  }

  /**
   * Marks read those of `ids` that are the actor's own and unread; others' ids and unknown ones
   * are ignored (nobody learns whether they exist). Returns how many were marked.
   */
  async markRead(actor: Actor, ids: readonly string[]): Promise<number> {
    if (ids.length > NOTIFICATION_LIMITS.markReadMax) {
      throw DomainError.of('NOTIFICATION_IDS_TOO_MANY', { field: 'ids', max: NOTIFICATION_LIMITS.markReadMax });
    }
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    if (valid.length === 0) return 0;
    return this.marked(actor, await this.repository.markRead(actor.id, valid));
  }

  async markAllRead(actor: Actor): Promise<number> {
    return this.marked(actor, await this.repository.markRead(actor.id, null));
  }

  /** The person's other tabs update their bell too. */
  private async marked(actor: Actor, ids: string[]): Promise<number> {
    if (ids.length > 0) await this.announce(actor.id);
    return ids.length;
  }

  /** Sends the person's connections their unread count (after a commit). */
  async announce(userId: string): Promise<void> {
    const unreadCount = await this.repository.unreadCount(userId);
    this.live.emit(liveRoom.user(userId), 'notification:new', { unreadCount });
  }
}
