import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * An administrator's permission for the next sign-in through `providerId` with the user's
 * e-mail address to join that user, instead of being refused as `identity_not_linked`.
 */
@Entity({ name: 'identity_link_grant' })
@Unique('identity_link_grant_user_id_provider_id_uq', ['userId', 'providerId'])
export class IdentityLinkGrantEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'identity_link_grant_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'identity_link_grant_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'provider_id', type: 'text' })
  providerId: string;

  @Column({ name: 'granted_by', type: 'uuid' })
  grantedBy: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
