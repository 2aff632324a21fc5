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
  Unique,
} from 'typeorm';
import { ProposalEntity, ProposalState } from './proposal.entity';

/** The authors of a proposal: its creator, and co-authors once they accept. */
@Entity({ name: 'proposal_author' })
@Index('proposal_author_user_id_idx', ['userId'])
@Check('proposal_author_status_check', `"status" IN ('invited', 'accepted')`)
export class ProposalAuthorEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid', primaryKeyConstraintName: 'proposal_author_pkey' })
  proposalId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'proposal_author_pkey' })
  userId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_author_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'proposal_author_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'text' })
  status: 'invited' | 'accepted';

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Every save of a proposal's title, summary or body, numbered from 1. */
@Entity({ name: 'proposal_revision' })
@Unique('proposal_revision_number_uq', ['proposalId', 'number'])
export class RevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'proposal_revision_pkey' })
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_revision_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  /** The amendment this revision applies, credited to its author. */
  @Column({ name: 'amendment_id', type: 'uuid', nullable: true })
  amendmentId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const COMMENT_STATUSES = ['visible', 'deleted', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A comment, or a reply to one (one level deep). */
@Entity({ name: 'proposal_comment' })
@Index('proposal_comment_proposal_id_idx', ['proposalId', 'createdAt', 'id'])
@Check('proposal_comment_status_check', `"status" IN ('visible', 'deleted', 'hidden')`)
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'proposal_comment_pkey' })
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_comment_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'proposal_comment_parent_id_fkey' })
  parent?: CommentEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: 'visible' })
  status: CommentStatus;

  /** Why a facilitator hid it. */
  @Column({ name: 'moderation_reason', type: 'text', nullable: true })
  moderationReason: string | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const AMENDMENT_STATUSES = ['pending', 'accepted', 'rejected', 'withdrawn'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** A member's new text for the body; the authors accept it (a new revision) or reject it. */
@Entity({ name: 'amendment' })
@Index('amendment_proposal_id_idx', ['proposalId', 'createdAt'])
@Check('amendment_status_check', `"status" IN ('pending', 'accepted', 'rejected', 'withdrawn')`)
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'amendment_pkey' })
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'amendment_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  /** The revision whose body it rewrites. */
  @Column({ name: 'base_revision', type: 'int' })
  baseRevision: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: '' })
  explanation: string;

  @Column({ type: 'text', default: 'pending' })
  status: AmendmentStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** « Je soutiens »: one per person and proposal. */
@Entity({ name: 'proposal_support' })
export class SupportEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid', primaryKeyConstraintName: 'proposal_support_pkey' })
  proposalId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'proposal_support_pkey' })
  userId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_support_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One step of the workflow, for the proposal's timeline (the journal records it too). */
@Entity({ name: 'proposal_transition' })
@Index('proposal_transition_proposal_id_idx', ['proposalId', 'createdAt'])
export class TransitionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'proposal_transition_pkey' })
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_transition_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: ProposalState | null;

  @Column({ name: 'to_state', type: 'text' })
  toState: ProposalState;

  /** Null when a vote's result decided it. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
