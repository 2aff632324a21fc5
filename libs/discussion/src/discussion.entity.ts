import { GroupEntity } from '@ouvroir/groups';
import { UserEntity } from '@ouvroir/identity';
import { ProposalEntity } from '@ouvroir/proposals';
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

/** A channel (*salon*): the live discussion of one group or of one proposal, created on first use. */
@Entity({ name: 'channel' })
@Index('channel_group_uq', ['groupId'], { unique: true, where: '"group_id" IS NOT NULL' })
@Index('channel_proposal_uq', ['proposalId'], { unique: true, where: '"proposal_id" IS NOT NULL' })
@Check('channel_subject_check', `("group_id" IS NULL) <> ("proposal_id" IS NULL)`)
export class ChannelEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'channel_pkey' })
  id: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'channel_group_id_fkey' })
  group?: GroupEntity;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'channel_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const MESSAGE_STATUSES = ['visible', 'deleted', 'removed'] as const;
/** Whether a client's text can be a message id (a bigint, as text). */
export const isMessageId = (value: string) => /^\d{1,18}$/.test(value);
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/**
 * A message of a channel, in Markdown. Its id is a sequence: a client that reconnects names the
 * last one it has and gets the later ones in order.
 */
@Entity({ name: 'message' })
@Index('message_channel_id_idx', ['channelId', 'id'])
@Index('message_author_id_idx', ['authorId', 'createdAt'])
@Check('message_status_check', `"status" IN ('visible', 'deleted', 'removed')`)
export class MessageEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'message_pkey' })
  id: string;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'message_channel_id_fkey' })
  channel?: ChannelEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'message_author_id_fkey' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: 'visible' })
  status: MessageStatus;

  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}

/** How far someone has read a channel: the last message they saw. */
@Entity({ name: 'channel_read' })
export class ChannelReadEntity {
  @PrimaryColumn({ name: 'channel_id', type: 'uuid', primaryKeyConstraintName: 'channel_read_pkey' })
  channelId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'channel_read_pkey' })
  userId: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'channel_read_channel_id_fkey' })
  channel?: ChannelEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'channel_read_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'last_read_id', type: 'bigint' })
  lastReadId: string;
}

/** Someone a message mentions (`@[Name](id)` in its body): what their unread mentions count. */
@Entity({ name: 'message_mention' })
@Index('message_mention_user_id_idx', ['userId', 'messageId'])
export class MessageMentionEntity {
  @PrimaryColumn({ name: 'message_id', type: 'bigint', primaryKeyConstraintName: 'message_mention_pkey' })
  messageId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'message_mention_pkey' })
  userId: string;

  @ManyToOne(() => MessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'message_mention_message_id_fkey' })
  message?: MessageEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'message_mention_user_id_fkey' })
  user?: UserEntity;
}
