export * from './counting';
export { BallotEntity, LedgerEntryEntity, ParticipationEntity, ProxyEntity, VoterEntity } from './vote-parts.entity';
export { VoteEntity } from './vote.entity';
export { VoteConnection, VoteModel } from './models/vote.models';

export { verifyLedger } from './ledger/ledger';
export { LedgerService } from './ledger/ledger.service';
export { VOTES_RESOLVERS } from './votes.resolvers';
export type { NewVote } from './new-vote';
export { VotesService } from './votes.service';
export { VoteLifecycleService } from './vote-lifecycle.service';
export { BallotsService } from './ballots.service';
export { ProxiesService } from './proxies.service';
export { VotesStatisticsService } from './statistics/votes-statistics.service';
export type { ClosedVoteTurnout, Turnout, VoteStatisticsFilter } from './statistics/votes-statistics.service';
export { VotesModule } from './votes.module';
export { votesLibrary } from './votes.library';
