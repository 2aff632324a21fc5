import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The governance acts the journal records. Stored as text without a CHECK so that later domains
 * (proposals, votes) add theirs without a migration; GraphQL exposes them as an enum.
 */
export const AUDIT_ACTIONS = [
  'group_created',
  'group_updated',
  'group_archived',
  'group_reopened',
  'member_joined',
  'member_added',
  'join_requested',
  'join_request_accepted',
  'join_request_declined',
  'member_left',
  'member_removed',
  'member_role_changed',
  'invitation_sent',
  'invitation_accepted',
  'invitation_revoked',
  'proposal_created',
  'proposal_transitioned',
  'proposal_coauthor_invited',
  'proposal_coauthor_joined',
  'amendment_proposed',
  'amendment_accepted',
  'amendment_rejected',
  'comment_hidden',
  'vote_created',
  'vote_opened',
  'vote_cancelled',
  'vote_closed',
  'proxy_given',
  'proxy_revoked',
  'message_removed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One governance act: who did what to which object, when. The database refuses UPDATE and DELETE. */
@Entity({ name: 'audit_entry' })
@Index('audit_entry_group_id_idx', ['groupId', 'id'])
@Index('audit_entry_actor_id_idx', ['actorId', 'id'])
export class AuditEntryEntity {
  /** An identity column: the journal's order is the order of insertion. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'audit_entry_pkey',
  })
  id: string;

  @Column({ type: 'text' })
  action: AuditAction;

  /** Null for acts of the platform itself (the development seed). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The group the act belongs to: who may read the entry follows from it. */
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  /** What the act was done to: `group`, `membership`, `join_request`, `invitation`… */
  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  @Column({ name: 'target_id', type: 'text' })
  targetId: string;

  /** The person the act concerns (the member accepted, removed…), when there is one. */
  @Column({ name: 'subject_user_id', type: 'uuid', nullable: true })
  subjectUserId: string | null;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
