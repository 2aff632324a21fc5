import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { BallotsService } from './ballots.service';
import { LedgerController } from './ledger/ledger.controller';
import { LedgerService } from './ledger/ledger.service';
import { ProxiesService } from './proxies.service';
import { VotesStatisticsRepository } from './statistics/votes-statistics.repository';
import { VotesStatisticsService } from './statistics/votes-statistics.service';
import { VoteAccess } from './vote-access';
import { VoteEvents } from './vote-events';
import { VoteJobs } from './vote-jobs';
import { VoteLifecycleService } from './vote-lifecycle.service';
import { VoteRoomReader } from './vote-room.reader';
import { VoteSettlingService } from './vote-settling.service';
import { VOTES_RESOLVERS } from './votes.resolvers';
import { VotesRepository } from './votes.repository';
import { VotesService } from './votes.service';

/** The services other modules, the demo and the tests use. */
const SERVICES = [
  VotesService,
  VoteLifecycleService,
  BallotsService,
  ProxiesService,
  LedgerService,
  VotesStatisticsService,
];

@Module({
  imports: [AuditModule, GroupsModule, IdentityModule, ProposalsModule],
  controllers: [LedgerController],
  providers: [
    VotesRepository,
    VotesStatisticsRepository,
    VoteJobs,
    VoteEvents,
    VoteSettlingService,
    VoteAccess,
    VoteRoomReader,
    ...SERVICES,
    ...VOTES_RESOLVERS,
  ],
  exports: SERVICES,
})
export class VotesModule {}
