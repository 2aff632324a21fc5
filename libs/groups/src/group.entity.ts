import { DomainEntity } from '@ouvroir/domains';
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

export const GROUP_KINDS = ['working_group', 'committee'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export const GROUP_VISIBILITIES = ['public', 'members'] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];
export const JOIN_POLICIES = ['open', 'request', 'invitation'] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];
export const GROUP_STATUSES = ['active', 'archived'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** A working group (*groupe de travail*) or a steering committee (*comité de pilotage*) of a domain. */
@Entity({ name: 'work_group' })
@Unique('work_group_slug_uq', ['slug'])
// The directory's order (name, id), with and without a domain filter.
@Index('work_group_domain_id_idx', ['domainId', 'name', 'id'])
@Index('work_group_name_idx', ['name', 'id'])
@Index('work_group_visibility_idx', ['visibility', 'name', 'id'])
@Check('work_group_kind_check', `"kind" IN ('working_group', 'committee')`)
@Check('work_group_visibility_check', `"visibility" IN ('public', 'members')`)
@Check('work_group_join_policy_check', `"join_policy" IN ('open', 'request', 'invitation')`)
@Check('work_group_status_check', `"status" IN ('active', 'archived')`)
@Check('work_group_committee_check', `"committee_id" IS NULL OR "kind" = 'working_group'`)
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'work_group_pkey' })
  id: string;

  @Column({ name: 'domain_id', type: 'uuid' })
  domainId: string;

  @ManyToOne(() => DomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_id', foreignKeyConstraintName: 'work_group_domain_id_fkey' })
  domain?: DomainEntity;

  @Column({ type: 'text' })
  kind: GroupKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ name: 'short_description', type: 'text', default: '' })
  shortDescription: string;

  /** Markdown; rendered to safe HTML for the pages. */
  @Column({ type: 'text', default: '' })
  charter: string;

  @Column({ type: 'text', default: 'public' })
  visibility: GroupVisibility;

  @Column({ name: 'join_policy', type: 'text', default: 'request' })
  joinPolicy: JoinPolicy;

  @Column({ type: 'text', default: 'active' })
  status: GroupStatus;

  /** The committee a working group's proposals go to. */
  @Column({ name: 'committee_id', type: 'uuid', nullable: true })
  committeeId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'committee_id', foreignKeyConstraintName: 'work_group_committee_id_fkey' })
  committee?: GroupEntity;

  /** Kept by the `membership_count` trigger: the directory shows it for every group of a page. */
  @Column({ name: 'member_count', type: 'int', default: 0, insert: false, update: false })
  memberCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
