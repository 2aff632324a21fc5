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
  UpdateDateColumn,
} from 'typeorm';

export const PROPOSAL_STATES = [
  'draft',
  'in_discussion',
  'submitted',
  'voting',
  'adopted',
  'rejected',
  'in_progress',
  'implemented',
  'withdrawn',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** A proposal (*proposition*) drafted in a working group and submitted to a committee. */
@Entity({ name: 'proposal' })
@Index('proposal_group_id_idx', ['groupId', 'updatedAt', 'id'])
@Index('proposal_search_idx', { synchronize: false })
@Check(
  'proposal_state_check',
  `"state" IN ('draft', 'in_discussion', 'submitted', 'voting', 'adopted', 'rejected', 'in_progress', 'implemented', 'withdrawn')`,
)
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'proposal_pkey' })
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'proposal_group_id_fkey' })
  group?: GroupEntity;

  /** The committee it goes to: the group's at creation, changeable until it is submitted. */
  @Column({ name: 'committee_id', type: 'uuid', nullable: true })
  committeeId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'committee_id', foreignKeyConstraintName: 'proposal_committee_id_fkey' })
  committee?: GroupEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'text', default: 'draft' })
  state: ProposalState;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'proposal_created_by_fkey' })
  creator?: UserEntity;

  /** The number of the latest revision: a save names the one it started from (optimistic concurrency). */
  @Column({ name: 'revision_number', type: 'int', default: 1 })
  revisionNumber: number;

  @Column({ name: 'support_count', type: 'int', default: 0 })
  supportCount: number;

  @Column({ name: 'comment_count', type: 'int', default: 0 })
  commentCount: number;

  /** The French search document, kept by the `proposal_search_document` trigger; never read here. */
  @Column({ name: 'search_document', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchDocument?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
