import type { CommonDraftKind, SubmissionDecision, SubmissionState } from '@ouvroir/contracts';
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
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CallEntity } from './call.entity';

/** The fields an applicant edits, kept whole in each revision. */
export interface SubmissionFields {
  commonKind: CommonDraftKind;
  commonName: string;
  summary: string;
  licence: string;
  repositoryUrl: string;
  maintainers: string[];
  carryingGroupId: string | null;
  pitch: string;
  challenge: string;
  amountAsked: number | null;
  publishConsent: boolean;
}

/**
 * A submission to a call: a common in draft form and its pitch. Editable by its applicants until
 * its round's cut-off (`cutoff_at`, by the database clock); then eligibility, review and decision.
 */
@Entity({ name: 'call_submission' })
@Index('call_submission_call_id_idx', ['callId', 'state'])
@Check('call_submission_state_check', `"state" IN ('draft', 'submitted', 'eligible', 'ineligible')`)
@Check('call_submission_decision_check', `"decision" IN ('retained', 'retained_with_conditions', 'not_retained')`)
@Check('call_submission_amount_check', `"amount_asked" IS NULL OR "amount_asked" >= 0`)
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'call_submission_pkey' })
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'call_submission_call_id_fkey' })
  call?: CallEntity;

  /** The lead applicant. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'call_submission_created_by_fkey' })
  creator?: UserEntity;

  @Column({ type: 'text', default: 'draft' })
  state: SubmissionState;

  /** Its round's cut-off: the first of the call's cut-offs still ahead when it was created. */
  @Column({ name: 'cutoff_at', type: 'timestamptz' })
  cutoffAt: Date;

  @Column({ type: 'int', default: 1 })
  revision: number;

  @Column({ name: 'common_kind', type: 'text' })
  commonKind: CommonDraftKind;

  @Column({ name: 'common_name', type: 'text' })
  commonName: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** An SPDX expression. */
  @Column({ type: 'text', default: '' })
  licence: string;

  @Column({ name: 'repository_url', type: 'text', default: '' })
  repositoryUrl: string;

  /** The maintainers' names as the applicants give them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  maintainers: string[];

  /**
   * The working group that carries the common, if any: its members are « the applicant's group »
   * and may not review it.
   */
  @Column({ name: 'carrying_group_id', type: 'uuid', nullable: true })
  carryingGroupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'carrying_group_id', foreignKeyConstraintName: 'call_submission_carrying_group_id_fkey' })
  carryingGroup?: GroupEntity;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  pitch: string;

  @Column({ type: 'text', default: '' })
  challenge: string;

  @Column({ name: 'amount_asked', type: 'int', nullable: true })
  amountAsked: number | null;

  /** Whether the applicants agree to keep the submission public if it is not retained. */
  @Column({ name: 'publish_consent', type: 'boolean', default: false })
  publishConsent: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'eligibility_reason', type: 'text', nullable: true })
  eligibilityReason: string | null;

  /** Set when deliberation opens: eligible, reviewed by enough reviewers, mean score above the call's minimum. */
  @Column({ name: 'passed_review', type: 'boolean', default: false })
  passedReview: boolean;

  /** Its option's key in the committee's vote. */
  @Column({ name: 'vote_option', type: 'text', nullable: true })
  voteOption: string | null;

  /** Its rank in the vote's result, copied when the decision is published. */
  @Column({ type: 'int', nullable: true })
  rank: number | null;

  @Column({ type: 'text', nullable: true })
  decision: SubmissionDecision | null;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @Column({ name: 'amount_granted', type: 'int', nullable: true })
  amountGranted: number | null;

  /** The catalogue entry the laureate became. */
  @Column({ name: 'common_id', type: 'uuid', nullable: true })
  commonId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An applicant of a submission: its lead, or a co-applicant who has accepted or not yet. */
@Entity({ name: 'call_submission_applicant' })
@Index('call_submission_applicant_user_id_idx', ['userId'])
@Check('call_submission_applicant_role_check', `"role" IN ('lead', 'co_applicant')`)
export class ApplicantEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid', primaryKeyConstraintName: 'call_submission_applicant_pkey' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'call_submission_applicant_submission_id_fkey' })
  submission?: SubmissionEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'call_submission_applicant_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'call_submission_applicant_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role: 'lead' | 'co_applicant';

  @Column({ type: 'boolean', default: false })
  accepted: boolean;
}

/** Each save of a submission, whole. */
@Entity({ name: 'call_submission_revision' })
export class SubmissionRevisionEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid', primaryKeyConstraintName: 'call_submission_revision_pkey' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'call_submission_revision_submission_id_fkey' })
  submission?: SubmissionEntity;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'call_submission_revision_pkey' })
  number: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'call_submission_revision_author_id_fkey' })
  author?: UserEntity;

  @Column({ type: 'jsonb' })
  snapshot: SubmissionFields;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A submission as the board reads it: without the creation and update times, which no model shows. */
export type SubmissionRow = Omit<SubmissionEntity, 'createdAt' | 'updatedAt'>;
