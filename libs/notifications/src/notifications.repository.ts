import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FollowSubject, NotificationCadence, NotificationKind } from '@ouvroir/contracts';
import { keysetPage, Page } from '@ouvroir/core';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  FollowEntity,
  NotificationEntity,
  NotificationEventEntity,
  NotificationPreferenceEntity,
  NotificationSubject,
} from './notification.entity';

/** A notification to store for one recipient (folded into their unread one of its kind on its subject). */
export interface NewNotification {
  eventId: string;
  recipientId: string;
  kind: NotificationKind;
  subjectType: NotificationSubject;
  subjectId: string;
  groupId: string | null;
  actorId: string | null;
  link: string;
  data: Record<string, unknown>;
  mailCadence: Exclude<NotificationCadence, 'never'> | null;
}

export interface NotificationFilter {
  unread?: boolean;
  kind?: NotificationKind;
}

/** The notifications' tables: the only class touching them. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A page of the recipient's notifications, latest activity first. */
  page(
    recipientId: string,
    filter: NotificationFilter,
    first: number,
    after?: unknown[],
  ): Promise<Page<NotificationEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'notification')
      .where('notification.recipient_id = :recipientId', { recipientId });
    if (filter.unread === true) query.andWhere('notification.read_at IS NULL');
    if (filter.unread === false) query.andWhere('notification.read_at IS NOT NULL');
    if (filter.kind) query.andWhere('notification.kind = :kind', { kind: filter.kind });
    return keysetPage(query, 'notification.updated_at', 'notification.id', first, after, 'DESC');
  }

  /** The recipient's notifications among `ids`, in their order of activity. */
  byIds(recipientId: string, ids: readonly string[]): Promise<NotificationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(NotificationEntity, {
      where: { recipientId, id: In([...ids]) },
      order: { updatedAt: 'DESC', id: 'DESC' },
    });
  }

  unreadCount(recipientId: string, manager = this.dataSource.manager): Promise<number> {
    return manager.countBy(NotificationEntity, { recipientId, readAt: IsNull() });
  }

  /** Marks read those of `ids` that are the recipient's; the ids of the marked ones. */
  async markRead(recipientId: string, ids: readonly string[] | null): Promise<string[]> {
    // An UPDATE's answer through TypeORM: its rows and their count.
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE "notification" SET "read_at" = now()
       WHERE "recipient_id" = $1 AND "read_at" IS NULL AND ($2::uuid[] IS NULL OR "id" = ANY($2::uuid[]))
       RETURNING "id"`,
      [recipientId, ids],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Stores the notification, folded into the recipient's unread one of its kind on its subject;
   * null when this event already reached this recipient (a job run twice).
   */
  async store(manager: EntityManager, notification: NewNotification): Promise<NotificationEntity | null> {
    if (
      await manager.existsBy(NotificationEventEntity, {
        eventId: notification.eventId,
        recipientId: notification.recipientId,
      })
    ) {
      return null;
    }
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO "notification" ("recipient_id", "kind", "subject_type", "subject_id", "group_id", "actor_id", "link", "data", "mail_cadence")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ("recipient_id", "kind", "subject_type", "subject_id") WHERE "read_at" IS NULL
       DO UPDATE SET "count" = "notification"."count" + 1, "actor_id" = EXCLUDED."actor_id", "data" = EXCLUDED."data",
         "link" = EXCLUDED."link", "updated_at" = now(),
         "mail_cadence" = EXCLUDED."mail_cadence", "digested_at" = NULL
       RETURNING "id"`,
      [
        notification.recipientId,
        notification.kind,
        notification.subjectType,
        notification.subjectId,
        notification.groupId,
        notification.actorId,
        notification.link,
        notification.data,
        notification.mailCadence,
      ],
    );
    // A concurrent run of the same event fails on the key and is retried, then finds it seen.
    await manager.insert(NotificationEventEntity, {
      eventId: notification.eventId,
      recipientId: notification.recipientId,
      notificationId: row.id,
    });
    return manager.findOneByOrFail(NotificationEntity, { id: row.id });
  }

  // Preferences

  preferencesOf(userId: string, kinds?: readonly NotificationKind[]): Promise<NotificationPreferenceEntity[]> {
    return this.dataSource.manager.findBy(
      NotificationPreferenceEntity,
      kinds ? { userId, kind: In(kinds) } : { userId },
    );
  }

  /** The general preferences and those of `groupId` of these people for `kind`. */
  preferencesFor(
    userIds: readonly string[],
    kind: NotificationKind,
    groupId: string | null,
  ): Promise<NotificationPreferenceEntity[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    const query = this.dataSource.manager
      .createQueryBuilder(NotificationPreferenceEntity, 'preference')
      .where('preference.user_id = ANY(:userIds) AND preference.kind = :kind', { userIds, kind });
    if (groupId) query.andWhere('(preference.group_id IS NULL OR preference.group_id = :groupId)', { groupId });
    else query.andWhere('preference.group_id IS NULL');
    return query.getMany();
  }

  preference(
    userId: string,
    kind: NotificationKind,
    groupId: string | null,
  ): Promise<NotificationPreferenceEntity | null> {
    return this.dataSource.manager.findOneBy(NotificationPreferenceEntity, {
      userId,
      kind,
      groupId: groupId ?? IsNull(),
    });
  }

  /** Sets the cadence (a new `updated_at`, which outdates the unsubscribe links issued before). */
  async setPreference(
    userId: string,
    kind: NotificationKind,
    groupId: string | null,
    cadence: NotificationCadence,
  ): Promise<NotificationPreferenceEntity> {
    const conflict = groupId
      ? `("user_id", "kind", "group_id") WHERE "group_id" IS NOT NULL`
      : `("user_id", "kind") WHERE "group_id" IS NULL`;
    await this.dataSource.query(
      `INSERT INTO "notification_preference" ("user_id", "kind", "group_id", "cadence") VALUES ($1, $2, $3, $4)
       ON CONFLICT ${conflict} DO UPDATE SET "cadence" = EXCLUDED."cadence", "updated_at" = clock_timestamp()`,
      [userId, kind, groupId, cadence],
    );
    return (await this.preference(userId, kind, groupId))!;
  }

  /** Removes a group's override: the preference for all groups applies again. */
  async clearPreference(userId: string, kind: NotificationKind, groupId: string): Promise<void> {
    await this.dataSource.manager.delete(NotificationPreferenceEntity, { userId, kind, groupId });
  }

  // Follows

  /** Each user's explicit choice on the subject (true: follows, false: unfollowed), among `userIds` or all. */
  async follows(subjectType: FollowSubject, subjectId: string): Promise<Map<string, boolean>> {
    const rows = await this.dataSource.manager.findBy(FollowEntity, { subjectType, subjectId });
    return new Map(rows.map((row) => [row.userId, row.following]));
  }

  /** The user's explicit choices on these subjects. */
  async followsOf(
    userId: string,
    subjectType: FollowSubject,
    subjectIds: readonly string[],
  ): Promise<Map<string, boolean>> {
    if (subjectIds.length === 0) return new Map();
    const rows = await this.dataSource.manager.findBy(FollowEntity, {
      userId,
      subjectType,
      subjectId: In([...subjectIds]),
    });
    return new Map(rows.map((row) => [row.subjectId, row.following]));
  }

  /** Records a choice; `onlyIfNone` for automatic follows, which never undo an unfollow. */
  async setFollow(
    manager: EntityManager,
    userIds: readonly string[],
    subjectType: FollowSubject,
    subjectId: string,
    following: boolean,
    onlyIfNone = false,
  ): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query(
      `INSERT INTO "follow" ("user_id", "subject_type", "subject_id", "following")
       SELECT unnest($1::uuid[]), $2, $3, $4
       ON CONFLICT ON CONSTRAINT "follow_pkey" DO ${onlyIfNone ? 'NOTHING' : 'UPDATE SET "following" = EXCLUDED."following"'}`,
      [userIds, subjectType, subjectId, following],
    );
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
