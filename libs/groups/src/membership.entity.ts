import { UserEntity } from '@ouvroir/identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GroupEntity } from './group.entity';

export const MEMBERSHIP_ROLES = ['facilitator', 'member', 'observer', 'voter'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** A user's role in a group; `voter` only in committees (checked by the service). */
@Entity({ name: 'membership' })
@Index('membership_user_id_idx', ['userId'])
@Index('membership_facilitator_idx', { synchronize: false })
@Check('membership_role_check', `"role" IN ('facilitator', 'member', 'observer', 'voter')`)
export class MembershipEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid', primaryKeyConstraintName: 'membership_pkey' })
  groupId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'membership_pkey' })
  userId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'membership_group_id_fkey' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'membership_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role: MembershipRole;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  since: Date;
}
