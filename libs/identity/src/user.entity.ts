import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

export const PLATFORM_ROLES = ['admin', 'member', 'guest'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export const USER_STATUSES = ['active', 'suspended', 'erased'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
/** How sentences about the person agree (« Hélène est ajoutée »); null: not said, a neutral phrasing is used. */
export const AGREEMENT_FORMS = ['feminine', 'masculine', 'neutral'] as const;
export type AgreementForm = (typeof AGREEMENT_FORMS)[number];

@Entity({ name: 'user_account' })
@Index('user_account_email_idx', ['email'])
@Check('user_account_platform_role_check', `"platform_role" IN ('admin', 'member', 'guest')`)
@Check('user_account_status_check', `"status" IN ('active', 'suspended', 'erased')`)
@Check('user_account_agreement_form_check', `"agreement_form" IN ('feminine', 'masculine', 'neutral')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'user_account_pkey' })
  id: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'user_account_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'platform_role', type: 'text', default: 'member' })
  platformRole: PlatformRole;

  @Column({ type: 'text', default: 'active' })
  status: UserStatus;

  @Column({ name: 'agreement_form', type: 'text', nullable: true })
  agreementForm: AgreementForm | null;

  /** Opt-in: their public profile (what they did, their attestations) is shown to anyone. */
  @Column({ name: 'public_profile', type: 'boolean', default: false })
  publicProfile: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
