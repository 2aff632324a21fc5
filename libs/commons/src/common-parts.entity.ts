import type { Forge, RepositoryRole, ScolomfrVocabulary } from '@ouvroir/contracts';
import { OrganisationEntity, UserEntity } from '@ouvroir/identity';
import { ProposalEntity } from '@ouvroir/proposals';
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
import { CommonEntity } from './common.entity';

/** The editable fields of a common as one edit left them. */
export type CommonSnapshot = Record<string, unknown>;

/** Every edit of a common, numbered from 1: who changed what. */
@Entity({ name: 'common_revision' })
@Unique('common_revision_number_uq', ['commonId', 'number'])
export class CommonRevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'common_revision_pkey' })
  id: string;

  @Column({ name: 'common_id', type: 'uuid' })
  commonId: string;

  @ManyToOne(() => CommonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'common_id', foreignKeyConstraintName: 'common_revision_common_id_fkey' })
  common?: CommonEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'common_revision_author_id_fkey' })
  author?: UserEntity;

  @Column({ type: 'jsonb' })
  snapshot: CommonSnapshot;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A repository of a common on a forge; a mirror names its source. */
@Entity({ name: 'common_repository' })
@Unique('common_repository_url_uq', ['commonId', 'url'])
@Index('common_repository_forge_idx', ['forge', 'commonId'])
@Check('common_repository_forge_check', `"forge" IN ('forge_apps_education', 'github', 'gitlab', 'other')`)
@Check('common_repository_role_check', `"role" IN ('source', 'mirror')`)
export class CommonRepositoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'common_repository_pkey' })
  id: string;

  @Column({ name: 'common_id', type: 'uuid' })
  commonId: string;

  @ManyToOne(() => CommonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'common_id', foreignKeyConstraintName: 'common_repository_common_id_fkey' })
  common?: CommonEntity;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text' })
  forge: Forge;

  @Column({ type: 'text', default: 'source' })
  role: RepositoryRole;

  @Column({ name: 'mirror_of', type: 'uuid', nullable: true })
  mirrorOf: string | null;

  @ManyToOne(() => CommonRepositoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'mirror_of', foreignKeyConstraintName: 'common_repository_mirror_of_fkey' })
  source?: CommonRepositoryEntity;

  /** Its place in the list the maintainers gave. */
  @Column({ type: 'int', default: 0 })
  position: number;
}

/** A person or an organisation that maintains a common. */
@Entity({ name: 'common_maintainer' })
@Unique('common_maintainer_user_uq', ['commonId', 'userId'])
@Unique('common_maintainer_organisation_uq', ['commonId', 'organisationId'])
@Index('common_maintainer_user_id_idx', ['userId'])
@Index('common_maintainer_organisation_id_idx', ['organisationId'])
@Check('common_maintainer_one_check', `("user_id" IS NULL) <> ("organisation_id" IS NULL)`)
export class CommonMaintainerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'common_maintainer_pkey' })
  id: string;

  @Column({ name: 'common_id', type: 'uuid' })
  commonId: string;

  @ManyToOne(() => CommonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'common_id', foreignKeyConstraintName: 'common_maintainer_common_id_fkey' })
  common?: CommonEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'common_maintainer_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'common_maintainer_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'common_maintainer_added_by_fkey' })
  adder?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An organisation's « nous l'utilisons ». */
@Entity({ name: 'common_usage' })
@Unique('common_usage_organisation_uq', ['commonId', 'organisationId'])
@Index('common_usage_organisation_id_idx', ['organisationId'])
@Check('common_usage_user_count_check', `"user_count" IS NULL OR "user_count" BETWEEN 0 AND 10000000`)
export class CommonUsageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'common_usage_pkey' })
  id: string;

  @Column({ name: 'common_id', type: 'uuid' })
  commonId: string;

  @ManyToOne(() => CommonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'common_id', foreignKeyConstraintName: 'common_usage_common_id_fkey' })
  common?: CommonEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'common_usage_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'instance_url', type: 'text', nullable: true })
  instanceUrl: string | null;

  @Column({ name: 'user_count', type: 'int', nullable: true })
  userCount: number | null;

  @Column({ name: 'declared_by', type: 'uuid', nullable: true })
  declaredBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'declared_by', foreignKeyConstraintName: 'common_usage_declared_by_fkey' })
  declarer?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A ScoLOMFR concept the forms offer (seeded reference data; URIs never change). */
@Entity({ name: 'scolomfr_concept' })
@Check('scolomfr_concept_vocabulary_check', `"vocabulary" IN ('022', '015', '010', '005')`)
export class ScolomfrConceptEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'scolomfr_concept_pkey' })
  uri: string;

  @Column({ type: 'text' })
  vocabulary: ScolomfrVocabulary;

  @Column({ type: 'text' })
  label: string;

  /** Order in the forms (levels from the youngest pupils up). */
  @Column({ type: 'int', default: 0 })
  position: number;
}

/** A ScoLOMFR value of an educational resource. */
@Entity({ name: 'common_scolomfr' })
@Index('common_scolomfr_concept_idx', ['conceptUri', 'commonId'])
export class CommonScolomfrEntity {
  @PrimaryColumn({ name: 'common_id', type: 'uuid', primaryKeyConstraintName: 'common_scolomfr_pkey' })
  commonId: string;

  @PrimaryColumn({ name: 'concept_uri', type: 'text', primaryKeyConstraintName: 'common_scolomfr_pkey' })
  conceptUri: string;

  @ManyToOne(() => CommonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'common_id', foreignKeyConstraintName: 'common_scolomfr_common_id_fkey' })
  common?: CommonEntity;

  @ManyToOne(() => ScolomfrConceptEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concept_uri', foreignKeyConstraintName: 'common_scolomfr_concept_uri_fkey' })
  concept?: ScolomfrConceptEntity;

  @Column({ type: 'text' })
  vocabulary: ScolomfrVocabulary;
}

/** A proposal that concerns a common. */
@Entity({ name: 'common_decision' })
@Index('common_decision_proposal_id_idx', ['proposalId'])
export class CommonDecisionEntity {
  @PrimaryColumn({ name: 'common_id', type: 'uuid', primaryKeyConstraintName: 'common_decision_pkey' })
  commonId: string;

  @PrimaryColumn({ name: 'proposal_id', type: 'uuid', primaryKeyConstraintName: 'common_decision_pkey' })
  proposalId: string;

  @ManyToOne(() => CommonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'common_id', foreignKeyConstraintName: 'common_decision_common_id_fkey' })
  common?: CommonEntity;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'common_decision_proposal_id_fkey' })
  proposal?: ProposalEntity;

  @Column({ name: 'linked_by', type: 'uuid', nullable: true })
  linkedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'linked_by', foreignKeyConstraintName: 'common_decision_linked_by_fkey' })
  linker?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A message relayed to a common's maintainers: kept so that their notifications show it (events
 * carry ids only) and so that the hourly limit per sender is counted by the database.
 */
@Entity({ name: 'common_message' })
@Index('common_message_sender_idx', ['senderId', 'createdAt'])
export class CommonMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'common_message_pkey' })
  id: string;

  @Column({ name: 'common_id', type: 'uuid' })
  commonId: string;

  @ManyToOne(() => CommonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'common_id', foreignKeyConstraintName: 'common_message_common_id_fkey' })
  common?: CommonEntity;

  @Column({ name: 'sender_id', type: 'uuid' })
  senderId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_id', foreignKeyConstraintName: 'common_message_sender_id_fkey' })
  sender?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
