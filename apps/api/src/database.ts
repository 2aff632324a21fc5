import { AuditEntryEntity, auditMigrations } from '@ouvroir/audit';
import { dataSourceOptions } from '@ouvroir/core';
import {
  ChannelEntity,
  ChannelReadEntity,
  discussionMigrations,
  MessageEntity,
  MessageMentionEntity,
} from '@ouvroir/discussion';
import { DomainEntity, domainsMigrations } from '@ouvroir/domains';
import { GroupEntity, groupsMigrations, InvitationEntity, JoinRequestEntity, MembershipEntity } from '@ouvroir/groups';
import {
  IdentityEntity,
  IdentityLinkGrantEntity,
  identityMigrations,
  OrganisationEntity,
  UserEntity,
} from '@ouvroir/identity';
import {
  AmendmentEntity,
  CommentEntity,
  ProposalAuthorEntity,
  ProposalEntity,
  proposalsMigrations,
  RevisionEntity,
  SupportEntity,
  TransitionEntity,
} from '@ouvroir/proposals';
import {
  BallotEntity,
  LedgerEntryEntity,
  ParticipationEntity,
  ProxyEntity,
  VoteEntity,
  VoterEntity,
  votesMigrations,
} from '@ouvroir/votes';
import { DataSourceOptions } from 'typeorm';

/**
 * Every library's entities and migrations, listed explicitly so that the
 * same options serve the app, the migration CLI, the tests and the build.
 */
export const entities = [
  DomainEntity,
  OrganisationEntity,
  UserEntity,
  IdentityEntity,
  IdentityLinkGrantEntity,
  AuditEntryEntity,
  GroupEntity,
  MembershipEntity,
  JoinRequestEntity,
  InvitationEntity,
  ProposalEntity,
  ProposalAuthorEntity,
  RevisionEntity,
  CommentEntity,
  AmendmentEntity,
  SupportEntity,
  TransitionEntity,
  VoteEntity,
  VoterEntity,
  ParticipationEntity,
  BallotEntity,
  ProxyEntity,
  LedgerEntryEntity,
  ChannelEntity,
  MessageEntity,
  ChannelReadEntity,
  MessageMentionEntity,
];
export const migrations = [
  ...domainsMigrations,
  ...identityMigrations,
  ...auditMigrations,
  ...groupsMigrations,
  ...proposalsMigrations,
  ...votesMigrations,
  ...discussionMigrations,
];

export const ouvroirDataSourceOptions = (url: string): DataSourceOptions =>
  dataSourceOptions(url, entities, migrations);
