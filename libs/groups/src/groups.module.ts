import { Module } from '@nestjs/common';
import { SearchIndex } from '@ouvroir/core';
import { AuditModule } from '@ouvroir/audit';
import { DomainsModule } from '@ouvroir/domains';
import { IdentityModule } from '@ouvroir/identity';
import { GroupAccessService } from './group-access.service';
import { GroupJournalService } from './group-journal.service';
import { GroupsRepository } from './groups.repository';
import { GROUPS_RESOLVERS } from './groups.resolvers';
import { GroupsService } from './groups.service';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { JoinRequestsRepository } from './join-requests.repository';
import { JoinRequestsService } from './join-requests.service';
import { JournalExportController } from './journal-export.controller';
import { JournalExportService } from './journal-export.service';
import { MembershipsRepository } from './memberships.repository';
import { MembershipsService } from './memberships.service';
import { GroupsStatisticsRepository } from './statistics/groups-statistics.repository';
import { GroupsStatisticsService } from './statistics/groups-statistics.service';

@Module({
  imports: [AuditModule, DomainsModule, IdentityModule],
  providers: [
    GroupsRepository,
    MembershipsRepository,
    JoinRequestsRepository,
    InvitationsRepository,
    GroupsStatisticsRepository,
    GroupAccessService,
    GroupJournalService,
    GroupsService,
    SearchIndex,
    MembershipsService,
    JoinRequestsService,
    InvitationsService,
    GroupsStatisticsService,
    JournalExportService,
    ...GROUPS_RESOLVERS,
  ],
  controllers: [JournalExportController],
  exports: [GroupsService, MembershipsService, JoinRequestsService, GroupJournalService, GroupsStatisticsService],
})
export class GroupsModule {}
