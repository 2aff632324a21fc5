import { GroupEntity } from '@ouvroir/groups';
import { UserEntity } from '@ouvroir/identity';
import { ProposalEntity } from '@ouvroir/proposals';
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
import type { Tally, Threshold, VoteMethod, VoteOption, VoteResult } from './counting';

export const VOTE_STATUSES = ['scheduled', 'open', 'closed', 'cancelled'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/**
 * A vote (*scrutin*) held by a committee, on a proposal (for / against / abstain) or on a list of
 * options (majority judgment, approval). Its status changes only through VoteLifecycleService (the
 * facilitators' acts) and VoteSettlingService, which decides by the database clock whether it is due
 * to open or close.
 */
@Entity({ name: 'vote' })
@Index('vote_committee_id_idx', ['committeeId', 'closesAt'])
@Index('vote_proposal_live_uq', ['proposalId'], { unique: true, where: `"status" IN ('scheduled', 'open')` })
@Check('vote_method_check', `"method" IN ('for_against_abstain', 'majority_judgment', 'approval')`)
@Check('vote_threshold_check', `"threshold" IN ('simple_majority', 'absolute_majority', 'two_thirds')`)
@Check('vote_status_check', `"status" IN ('scheduled', 'open', 'closed', 'cancelled')`)
@Check('vote_quorum_percent_check', `"quorum_percent" BETWEEN 0 AND 100`)
@Check('vote_period_check', `"closes_at" > "opens_at"`)
@Check('vote_threshold_method_check', `("method" = 'for_against_abstain') = ("threshold" IS NOT NULL)`)
@Check('vote_proposal_method_check', `"proposal_id" IS NULL OR "method" = 'for_against_abstain'`)
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'vote_pkey' })
  id: string;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'committee_id', foreignKeyConstraintName: 'vote_committee_id_fkey' })
  committee?: GroupEntity;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'vote_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  method: VoteMethod;

  @Column({ type: 'text', nullable: true })
  threshold: Threshold | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  options: VoteOption[];

  /** The share of eligible voters, in percent, who must take part for the vote to decide. */
  @Column({ name: 'quorum_percent', type: 'int', default: 0 })
  quorumPercent: number;

  @Column({ type: 'boolean' })
  secret: boolean;

  /** Whether a voter may change their ballot until closing. */
  @Column({ name: 'ballot_changes', type: 'boolean', default: false })
  ballotChanges: boolean;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ type: 'text', default: 'scheduled' })
  status: VoteStatus;

  /** The committee's voters when the vote opened (the roll is in vote_voter). */
  @Column({ name: 'eligible_count', type: 'int', default: 0 })
  eligibleCount: number;

  /** Turnout: the voters who took part so far. */
  @Column({ name: 'ballot_count', type: 'int', default: 0 })
  ballotCount: number;

  /** The ledger's header (canonical JSON), fixed at opening. */
  @Column({ name: 'ledger_header', type: 'text', nullable: true })
  ledgerHeader: string | null;

  /** The hash of the ledger's last link: the final hash once closed. */
  @Column({ name: 'head_hash', type: 'text', nullable: true })
  headHash: string | null;

  @Column({ name: 'entry_count', type: 'int', default: 0 })
  entryCount: number;

  @Column({ type: 'jsonb', nullable: true })
  tally: Tally | null;

  @Column({ type: 'jsonb', nullable: true })
  result: VoteResult | null;

  /**
   * Committee voters kept off the roll when it is fixed (a call's applicants recusing themselves
   * from the vote on its submissions); empty for every other vote.
   */
  @Column({ name: 'excluded_voter_ids', type: 'uuid', array: true, default: () => "'{}'" })
  excludedVoterIds: string[];

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'vote_created_by_fkey' })
  creator?: UserEntity;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
