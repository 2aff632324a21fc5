import type { MilestoneStatus, ReviewLink, ReviewState } from '@ouvroir/contracts';
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
import { CallEntity } from './call.entity';
import { SubmissionEntity } from './submission.entity';

export interface CriterionScore {
  criterionKey: string;
  score: number;
  comment: string;
}

/**
 * A reviewer's assignment to a submission, then their declaration of links (`cleared` or
 * `excluded`), then their scores (`submitted`). One per reviewer and submission, excluded ones kept.
 */
@Entity({ name: 'call_review' })
@Unique('call_review_reviewer_uq', ['submissionId', 'reviewerId'])
@Index('call_review_call_id_idx', ['callId', 'reviewerId'])
@Check('call_review_state_check', `"state" IN ('assigned', 'cleared', 'excluded', 'submitted')`)
@Check('call_review_link_check', `"link" IN ('none', 'same_organisation', 'same_group', 'co_applicant', 'other')`)
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'call_review_pkey' })
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'call_review_call_id_fkey' })
  call?: CallEntity;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'call_review_submission_id_fkey' })
  submission?: SubmissionEntity;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'call_review_reviewer_id_fkey' })
  reviewer?: UserEntity;

  @Column({ type: 'text', default: 'assigned' })
  state: ReviewState;

  @Column({ type: 'text', nullable: true })
  link: ReviewLink | null;

  @Column({ name: 'link_text', type: 'text', nullable: true })
  linkText: string | null;

  @Column({ type: 'jsonb', nullable: true })
  scores: CriterionScore[] | null;

  /** Σ score × weight / 100, from 0 to 5. */
  @Column({ name: 'weighted_score', type: 'real', nullable: true })
  weightedScore: number | null;

  @Column({ name: 'assigned_by', type: 'uuid' })
  assignedBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A laureate's milestone, followed by its applicants. */

/** A review as the board reads it: without the creation and update times, which no model shows. */
export type ReviewRow = Omit<ReviewEntity, 'createdAt' | 'updatedAt' | 'reviewer'>;

@Entity({ name: 'call_milestone' })
@Index('call_milestone_submission_id_idx', ['submissionId', 'dueOn'])
@Check('call_milestone_status_check', `"status" IN ('planned', 'in_progress', 'done', 'abandoned')`)
@Check('call_milestone_percent_check', `"percent" BETWEEN 0 AND 100`)
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'call_milestone_pkey' })
  id: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'call_milestone_submission_id_fkey' })
  submission?: SubmissionEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: 'planned' })
  status: MilestoneStatus;

  @Column({ type: 'int', default: 0 })
  percent: number;

  @Column({ name: 'evidence_url', type: 'text', nullable: true })
  evidenceUrl: string | null;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
