import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GroupEntity } from '@ouvroir/groups';
import { UserEntity } from '@ouvroir/identity';

/** « Contribution reconnue »: a facilitator attests a person's contribution in their group, with a reason. */
@Entity({ name: 'attestation' })
@Index('attestation_subject_id_idx', ['subjectId', 'createdAt'])
@Check('attestation_not_self_check', '"subject_id" <> "author_id"')
@Check('attestation_reason_length_check', 'char_length("reason") BETWEEN 1 AND 1000')
export class AttestationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'attestation_pkey' })
  id: string;

  /** The person attested. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subject_id', foreignKeyConstraintName: 'attestation_subject_id_fkey' })
  subject?: UserEntity;

  /** The facilitator who attests. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'attestation_author_id_fkey' })
  author?: UserEntity;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'attestation_group_id_fkey' })
  group?: GroupEntity;

  @Column({ type: 'text' })
  reason: string;

  /** The person hid it from their public profile (it stays theirs, and can be shown again). */
  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
