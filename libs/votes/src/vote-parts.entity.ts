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
} from 'typeorm';
import type { Choice } from './counting';
import { VoteEntity } from './vote.entity';

/** The roll (*liste d'émargement*): the committee's voters when the vote opened. */
@Entity({ name: 'vote_voter' })
export class VoterEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid', primaryKeyConstraintName: 'vote_voter_pkey' })
  voteId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'vote_voter_pkey' })
  userId: string;

  @ManyToOne(() => VoteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'vote_voter_vote_id_fkey' })
  vote?: VoteEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'vote_voter_user_id_fkey' })
  user?: UserEntity;
}

/**
 * Who took part, apart from what they chose: nothing here leads to a ballot, and no date. In a
 * secret vote the rows are rewritten in the voters' order at each ballot, so that neither their
 * order, their place on disk nor their transaction id follows the order of the ledger.
 */
@Entity({ name: 'vote_participation' })
export class ParticipationEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid', primaryKeyConstraintName: 'vote_participation_pkey' })
  voteId: string;

  @PrimaryColumn({ name: 'voter_id', type: 'uuid', primaryKeyConstraintName: 'vote_participation_pkey' })
  voterId: string;

  @ManyToOne(() => VoterEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'vote_id', referencedColumnName: 'voteId', foreignKeyConstraintName: 'vote_participation_voter_fkey' },
    { name: 'voter_id', referencedColumnName: 'userId', foreignKeyConstraintName: 'vote_participation_voter_fkey' },
  ])
  voter?: VoterEntity;

  /** The voter themselves, or the holder of their proxy. */
  @Column({ name: 'cast_by', type: 'uuid' })
  castBy: string;
}

/**
 * A ballot (*bulletin*), found by its receipt. `voter_id` is set in public votes only: a secret
 * ballot carries nothing that leads to its voter (no time, no sequence, no key). Receipt and change
 * key derive from a secret that only the voter's browser holds (receipt.ts).
 */
@Entity({ name: 'ballot' })
@Index('ballot_voter_uq', ['voteId', 'voterId'], { unique: true })
export class BallotEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid', primaryKeyConstraintName: 'ballot_pkey' })
  voteId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'ballot_pkey' })
  receipt: string;

  @ManyToOne(() => VoteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'ballot_vote_id_fkey' })
  vote?: VoteEntity;

  @Column({ type: 'jsonb' })
  choice: Choice;

  /** SHA-256 of the change key: proves the secret without storing it ('' for ballots cast before secrets). */
  @Column({ name: 'change_key_hash', type: 'text' })
  changeKeyHash: string;

  @Column({ name: 'voter_id', type: 'uuid', nullable: true })
  voterId: string | null;

  @Column({ name: 'cast_by', type: 'uuid', nullable: true })
  castBy: string | null;
}

/** A proxy (*procuration*) for one vote, from one voter of its roll to another. */
@Entity({ name: 'vote_proxy' })
@Index('vote_proxy_giver_uq', ['voteId', 'giverId'], { unique: true, where: '"revoked_at" IS NULL' })
@Index('vote_proxy_holder_uq', ['voteId', 'holderId'], { unique: true, where: '"revoked_at" IS NULL' })
@Check('vote_proxy_distinct_check', `"giver_id" <> "holder_id"`)
export class ProxyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'vote_proxy_pkey' })
  id: string;

  @Column({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @Column({ name: 'giver_id', type: 'uuid' })
  giverId: string;

  @ManyToOne(() => VoterEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'vote_id', referencedColumnName: 'voteId', foreignKeyConstraintName: 'vote_proxy_giver_fkey' },
    { name: 'giver_id', referencedColumnName: 'userId', foreignKeyConstraintName: 'vote_proxy_giver_fkey' },
  ])
  giver?: VoterEntity;

  @Column({ name: 'holder_id', type: 'uuid' })
  holderId: string;

  @ManyToOne(() => VoterEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'vote_id', referencedColumnName: 'voteId', foreignKeyConstraintName: 'vote_proxy_holder_fkey' },
    { name: 'holder_id', referencedColumnName: 'userId', foreignKeyConstraintName: 'vote_proxy_holder_fkey' },
  ])
  holder?: VoterEntity;

  @CreateDateColumn({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/** One link of a vote's hash chain: the canonical JSON of the entry and its SHA-256. Append-only. */
@Entity({ name: 'vote_ledger_entry' })
export class LedgerEntryEntity {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid', primaryKeyConstraintName: 'vote_ledger_entry_pkey' })
  voteId: string;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'vote_ledger_entry_pkey' })
  seq: number;

  @ManyToOne(() => VoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'vote_ledger_entry_vote_id_fkey' })
  vote?: VoteEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text' })
  hash: string;
}
