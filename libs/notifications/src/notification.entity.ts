import type { FollowSubject, NotificationCadence, NotificationKind } from '@ouvroir/contracts';
import { GroupEntity } from '@ouvroir/groups';
import { UserEntity } from '@ouvroir/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** What a notification is about: the page its link opens. */
export type NotificationSubject =
  'group' | 'proposal' | 'vote' | 'channel' | 'invitation' | 'common' | 'common_message' | 'call';

/**
 * One entry of a person's notifications. While unread, the next ones of its kind on its subject
 * are folded into it (`count`, the latest actor and data), so that twelve comments make one entry.
 */
@Entity({ name: 'notification' })
@Index('notification_recipient_idx', ['recipientId', 'updatedAt', 'id'])
@Index('notification_unread_uq', { synchronize: false })
@Index('notification_digest_idx', { synchronize: false })
@Check('notification_mail_cadence_check', `"mail_cadence" IN ('immediately', 'daily', 'weekly')`)
@Check('notification_count_check', `"count" >= 1`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notification_pkey' })
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'notification_recipient_id_fkey' })
  recipient?: UserEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: NotificationSubject;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The path of the page to open, under PUBLIC_URL (`/propositions/…`). */
  @Column({ type: 'text' })
  link: string;

  /** Ids and values the sentence needs (the web client composes it), never texts. */
  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Column({ type: 'int', default: 1 })
  count: number;

  /** How its e-mail goes; null for `never` (kept in the app only). */
  @Column({ name: 'mail_cadence', type: 'text', nullable: true })
  mailCadence: Exclude<NotificationCadence, 'never'> | null;

  /** When a digest took it (daily and weekly cadences). */
  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Its latest event (the list's order). */
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/** Which event reached whom: a `domain-event` job run twice stores nothing twice. */
@Entity({ name: 'notification_event' })
@Index('notification_event_notification_id_idx', ['notificationId'])
export class NotificationEventEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'notification_event_pkey' })
  eventId: string;

  @PrimaryColumn({ name: 'recipient_id', type: 'uuid', primaryKeyConstraintName: 'notification_event_pkey' })
  recipientId: string;

  @Column({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @ManyToOne(() => NotificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id', foreignKeyConstraintName: 'notification_event_notification_id_fkey' })
  notification?: NotificationEntity;
}

/** A person's choice of e-mail cadence for a kind, in every group (`groupId` null) or in one. */
@Entity({ name: 'notification_preference' })
@Index('notification_preference_all_uq', { synchronize: false })
@Index('notification_preference_group_uq', { synchronize: false })
@Check('notification_preference_cadence_check', `"cadence" IN ('immediately', 'daily', 'weekly', 'never')`)
export class NotificationPreferenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notification_preference_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_preference_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'notification_preference_group_id_fkey' })
  group?: GroupEntity;

  @Column({ type: 'text' })
  cadence: NotificationCadence;

  /** An unsubscribe link issued before it no longer applies. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** Someone follows a proposal or a group's discussion; `following` false records an unfollow, which automatic follows respect. */
@Entity({ name: 'follow' })
@Index('follow_subject_idx', ['subjectType', 'subjectId'])
@Check('follow_subject_type_check', `"subject_type" IN ('proposal', 'group')`)
export class FollowEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'follow_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'follow_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'subject_type', type: 'text', primaryKeyConstraintName: 'follow_pkey' })
  subjectType: FollowSubject;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid', primaryKeyConstraintName: 'follow_pkey' })
  subjectId: string;

  @Column({ type: 'boolean', default: true })
  following: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'bounced', 'skipped'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One e-mail: checked and marked by its job so that a job run twice sends one mail. `recipientId`
 * null for an invitation to an address without an account.
 */
@Entity({ name: 'mail_delivery' })
@Index('mail_delivery_digest_uq', { synchronize: false })
@Index('mail_delivery_failed_idx', { synchronize: false })
@Index('mail_delivery_invitation_uq', { synchronize: false })
@Check('mail_delivery_status_check', `"status" IN ('queued', 'sending', 'sent', 'failed', 'bounced', 'skipped')`)
export class MailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mail_delivery_pkey' })
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid', nullable: true })
  recipientId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'mail_delivery_recipient_id_fkey' })
  recipient?: UserEntity;

  /** The address it was sent to (read at send time for an account). */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'notification_ids', type: 'uuid', array: true, default: () => `'{}'` })
  notificationIds: string[];

  /** `daily:2026-12-06` or `weekly:2026-12-07`: one digest per person and period. */
  @Column({ name: 'digest_period', type: 'text', nullable: true })
  digestPeriod: string | null;

  /** For an invitation by e-mail: which one. */
  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId: string | null;

  @Column({ type: 'text', default: 'queued' })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/** An address the SMTP server refused for good: no mail goes to it until the account's address changes. */
@Entity({ name: 'mail_bounce' })
export class MailBounceEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'mail_bounce_pkey' })
  address: string;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'bounced_at', type: 'timestamptz' })
  bouncedAt: Date;
}
