import { BallotSecrets1764413100000 } from './migrations/1764413100000-BallotSecrets';
import { CreateVotes1764370000000 } from './migrations/1764370000000-CreateVotes';

export * from './counting';
export { BallotEntity, LedgerEntryEntity, ParticipationEntity, ProxyEntity, VoterEntity } from './vote-parts.entity';
export { VoteEntity } from './vote.entity';

/** This library's tables, in the order they were added. */
export const votesMigrations = [CreateVotes1764370000000, BallotSecrets1764413100000];
export { verifyLedger } from './ledger/ledger';
export { VOTES_RESOLVERS } from './votes.resolvers';
export { NewVote, VotesService } from './votes.service';
export { VotesModule } from './votes.module';
