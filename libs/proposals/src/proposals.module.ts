import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalRoomReader } from './proposal-room.reader';
import { PROPOSALS_RESOLVERS } from './proposals.resolvers';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [AuditModule, GroupsModule, IdentityModule],
  providers: [ProposalsRepository, ProposalsService, ProposalRoomReader, ...PROPOSALS_RESOLVERS],
  exports: [ProposalsService],
})
export class ProposalsModule {}
