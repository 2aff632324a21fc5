import { UserEntity } from '@ouvroir/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { GroupEntity } from './group.entity';
import type { MembershipRole } from './membership.entity';

/**
 * An invitation to a group, for a user or an e-mail address. Only the SHA-256 of its token is
 * stored: the link is shown once, to the facilitator who sends it.
 */
@Entity({ name: 'invitation' })
@Unique('invitation_token_hash_uq', ['tokenHash'])
@Index('invitation_group_id_idx', ['groupId'])
@Check('invitation_addressee_check', `"invited_user_id" IS NOT NULL OR "email" IS NOT NULL`)
@Check('invitation_role_check', `"role" IN ('facilitator', 'member', 'observer', 'voter')`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'invitation_pkey' })
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'invitation_group_id_fkey' })
  group?: GroupEntity;

  @Column({ name: 'invited_user_id', type: 'uuid', nullable: true })
  invitedUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_user_id', foreignKeyConstraintName: 'invitation_invited_user_id_fkey' })
  invitedUser?: UserEntity;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  role: MembershipRole;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
