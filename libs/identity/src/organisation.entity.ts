import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_TYPES = [
  'ministry',
  'academy',
  'operator',
  'university',
  'school',
  'company',
  'association',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** A *structure*: where a user works. Found at login by SIRET, UAI or e-mail domain. */
@Entity({ name: 'organisation' })
@Index('organisation_siret_uq', ['siret'], { unique: true, where: 'siret IS NOT NULL' })
@Index('organisation_uai_uq', ['uai'], { unique: true, where: 'uai IS NOT NULL' })
// A GIN index, which TypeORM cannot describe: created by the migration, left alone by the drift check.
@Index('organisation_email_domains_idx', { synchronize: false })
@Check('organisation_type_check', `"type" IN (${ORGANISATION_TYPES.map((type) => `'${type}'`).join(', ')})`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: 'other' })
  type: OrganisationType;

  @Column({ type: 'text', nullable: true })
  siret: string | null;

  @Column({ type: 'text', nullable: true })
  uai: string | null;

  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
