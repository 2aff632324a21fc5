import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A governance act the journal records, named by the domain that records it (each library declares
 * its acts in its registration, `DomainLibrary.auditActions`). Stored as text without a CHECK so
 * that a new domain adds its acts without a migration; GraphQL exposes them as an enum.
 */
export type AuditAction = string;

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
