import type { CallState } from '@ouvroir/contracts';
import { DomainEntity } from '@ouvroir/domains';
import { GroupEntity } from '@ouvroir/groups';
import { UserEntity } from '@ouvroir/identity';
import { VoteEntity } from '@ouvroir/votes';
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

/** One criterion of a call's published grid; `key` is stable across edits of its name. */
export interface CallCriterion {
  key: string;
  name: string;
  description: string;
  weight: number;
}

/**
 * A call for commons (*appel à communs*), held by a committee of a domain. Its state moves only
 * through CallLifecycleService; its cut-off dates are compared with the database clock.
 */
@Entity({ name: 'call' })
@Index('call_state_idx', ['state', 'createdAt'])
@Check('call_state_check', `"state" IN ('draft', 'open', 'reviewing', 'deliberating', 'decided', 'closed')`)
@Check('call_budget_check', `"budget" IS NULL OR "budget" >= 0`)
@Check('call_reviews_per_submission_check', `"reviews_per_submission" BETWEEN 2 AND 6`)
@Check('call_min_score_check', `"min_score" BETWEEN 0 AND 5`)
export class CallEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'call_pkey' })
  id: string;

  @Column({ name: 'domain_id', type: 'uuid' })
  domainId: string;

  @ManyToOne(() => DomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_id', foreignKeyConstraintName: 'call_domain_id_fkey' })
  domain?: DomainEntity;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'committee_id', foreignKeyConstraintName: 'call_committee_id_fkey' })
  committee?: GroupEntity;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'text', array: true })
  challenges: string[];

  @Column({ type: 'jsonb' })
  criteria: CallCriterion[];

  /** The rounds' cut-off dates, ascending. */
  @Column({ type: 'timestamptz', array: true })
  cutoffs: Date[];

  /** In euros; null: the call grants no money. */
  @Column({ type: 'int', nullable: true })
  budget: number | null;

  /** The mean weighted score (0–5) a reviewed submission needs to be put to the committee's vote. */
  @Column({ name: 'min_score', type: 'real', default: 2.5 })
  minScore: number;

  @Column({ name: 'reviews_per_submission', type: 'int', default: 2 })
  reviewsPerSubmission: number;

  @Column({ type: 'text', default: 'draft' })
  state: CallState;

  /** The committee's majority-judgment vote on the submissions that passed review. */
  @Column({ name: 'vote_id', type: 'uuid', nullable: true })
  voteId: string | null;

  @ManyToOne(() => VoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'call_vote_id_fkey' })
  vote?: VoteEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'call_created_by_fkey' })
  creator?: UserEntity;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A reviewer of a call, named by its committee's facilitators. */
@Entity({ name: 'call_reviewer' })
@Index('call_reviewer_user_id_idx', ['userId'])
export class CallReviewerEntity {
  @PrimaryColumn({ name: 'call_id', type: 'uuid', primaryKeyConstraintName: 'call_reviewer_pkey' })
  callId: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'call_reviewer_call_id_fkey' })
  call?: CallEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'call_reviewer_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'call_reviewer_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
