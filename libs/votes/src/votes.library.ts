import { DomainLibrary } from '@ouvroir/core';
import { VOTES_AUDIT_ACTIONS } from './votes.audit';
import { BallotSecrets1764413100000 } from './migrations/1764413100000-BallotSecrets';
import { CreateVotes1764370000000 } from './migrations/1764370000000-CreateVotes';
import { VoteExcludedVoters1781200000000 } from './migrations/1781200000000-VoteExcludedVoters';
import { BallotEntity, LedgerEntryEntity, ParticipationEntity, ProxyEntity, VoterEntity } from './vote-parts.entity';
import { VoteEntity } from './vote.entity';
import { VotesModule } from './votes.module';
import { VOTES_RESOLVERS } from './votes.resolvers';

export const votesLibrary: DomainLibrary = {
  name: 'votes',
  module: VotesModule,
  entities: [VoteEntity, VoterEntity, ParticipationEntity, BallotEntity, ProxyEntity, LedgerEntryEntity],
  migrations: [CreateVotes1764370000000, BallotSecrets1764413100000, VoteExcludedVoters1781200000000],
  resolvers: VOTES_RESOLVERS,
  auditActions: VOTES_AUDIT_ACTIONS,
};
