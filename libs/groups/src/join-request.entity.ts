import { UserEntity } from '@ouvroir/identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GroupEntity } from './group.entity';

export const JOIN_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/** A request to join a group whose join policy is `request`, decided by a facilitator. */
@Entity({ name: 'join_request' })
@Index('join_request_pending_uq', { synchronize: false })
@Check('join_request_status_check', `"status" IN ('pending', 'accepted', 'declined', 'withdrawn')`)
export class JoinRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'join_request_pkey' })
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'join_request_group_id_fkey' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'join_request_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'text', default: 'pending' })
  status: JoinRequestStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
