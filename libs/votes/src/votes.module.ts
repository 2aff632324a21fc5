import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { LedgerController } from './ledger/ledger.controller';
import { VoteJobs } from './vote-jobs';
import { VoteRoomReader } from './vote-room.reader';
import { VOTES_RESOLVERS } from './votes.resolvers';
import { VotesRepository } from './votes.repository';
import { VotesService } from './votes.service';

@Module({
  imports: [AuditModule, GroupsModule, IdentityModule, ProposalsModule],
  controllers: [LedgerController],
  providers: [VotesRepository, VotesService, VoteJobs, VoteRoomReader, ...VOTES_RESOLVERS],
  exports: [VotesService],
})
export class VotesModule {}
