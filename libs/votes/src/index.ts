export * from './counting';
export { BallotEntity, LedgerEntryEntity, ParticipationEntity, ProxyEntity, VoterEntity } from './vote-parts.entity';
export { VoteEntity } from './vote.entity';

export { verifyLedger } from './ledger/ledger';
export { VOTES_RESOLVERS } from './votes.resolvers';
export { NewVote, VotesService } from './votes.service';
export { VotesModule } from './votes.module';
export { votesLibrary } from './votes.library';
