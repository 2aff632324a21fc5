import type { CommonKind, CommonStatus } from '@ouvroir/contracts';
import { DomainEntity } from '@ouvroir/domains';
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
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** What the publiccode.yml import found wrong but not blocking, kept beside the entry for its maintainers. */
export type PubliccodeReport = Record<string, unknown>;

/** A digital common (*commun numérique*): a catalogue entry. */
@Entity({ name: 'common' })
@Unique('common_slug_uq', ['slug'])
@Index('common_domain_id_idx', ['domainId'])
@Index('common_created_at_idx', ['createdAt', 'id'])
@Check('common_kind_check', `"kind" IN ('software', 'educational_resource', 'service', 'dataset')`)
@Check('common_status_check', `"status" IN ('active', 'maintained', 'seeking_maintainers', 'archived')`)
export class CommonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'common_pkey' })
  id: string;

  @Column({ type: 'text' })
  kind: CommonKind;

  @Column({ type: 'text' })
  name: string;

  /** Its address: set at creation, never changed by a rename (links stay valid). */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'domain_id', type: 'uuid' })
  domainId: string;

  @ManyToOne(() => DomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_id', foreignKeyConstraintName: 'common_domain_id_fkey' })
  domain?: DomainEntity;

  @Column({ name: 'stewarding_group_id', type: 'uuid', nullable: true })
  stewardingGroupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'stewarding_group_id', foreignKeyConstraintName: 'common_stewarding_group_id_fkey' })
  stewardingGroup?: GroupEntity;

  @Column({ type: 'text', default: 'active' })
  status: CommonStatus;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** The SPDX expression as written (normalised spacing). */
  @Column({ type: 'text' })
  licence: string;

  /** The licence ids the expression names, for the facets. */
  @Column({ name: 'licence_ids', type: 'text', array: true, default: () => "'{}'" })
  licenceIds: string[];

  @Column({ name: 'licence_open', type: 'boolean', default: false })
  licenceOpen: boolean;

  /** The number of the latest revision: an edit names the one it started from. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  @Column({ name: 'publiccode_report', type: 'jsonb', nullable: true })
  publiccodeReport: PubliccodeReport | null;

  /** The call it won, once calls exist (its status « lauréat » comes from it). */
  @Column({ name: 'laureate_call_id', type: 'uuid', nullable: true })
  laureateCallId: string | null;

  @Column({ name: 'maintenance_confirmed_at', type: 'timestamptz', default: () => 'now()' })
  maintenanceConfirmedAt: Date;

  /** When the maintainers were last reminded to confirm (the daily job reminds once a month at most). */
  @Column({ name: 'maintenance_reminded_at', type: 'timestamptz', nullable: true })
  maintenanceRemindedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'common_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
