import { ContributionsService } from './contributions.service';
import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { SearchIndex } from '@ouvroir/core';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { AmendmentsService } from './amendments.service';
import { CoauthorsService } from './coauthors.service';
import { CommentsService } from './comments.service';
import { ProposalAccessService } from './proposal-access.service';
import { ProposalActs } from './proposal-acts';
import { ProposalPartsRepository } from './proposal-parts.repository';
import { ProposalRoomReader } from './proposal-room.reader';
import { ProposalSearchFeed } from './proposal-search-feed';
import { PROPOSALS_RESOLVERS } from './proposals.resolvers';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';
import { RevisionsService } from './revisions.service';
import { ProposalsStatisticsRepository } from './statistics/proposals-statistics.repository';
import { ProposalsStatisticsService } from './statistics/proposals-statistics.service';
import { SupportsService } from './supports.service';
import { WorkflowService } from './workflow.service';

/** The services other libraries and the demo use. */
const EXPORTED = [
  ProposalsService,
  ContributionsService,
  RevisionsService,
  CoauthorsService,
  CommentsService,
  AmendmentsService,
  SupportsService,
  WorkflowService,
  ProposalsStatisticsService,
];

@Module({
  imports: [AuditModule, GroupsModule, IdentityModule],
  providers: [
    ProposalsRepository,
    ProposalPartsRepository,
    ProposalsStatisticsRepository,
    ProposalAccessService,
    ProposalActs,
    ProposalSearchFeed,
    SearchIndex,
    ProposalRoomReader,
    ...EXPORTED,
    ...PROPOSALS_RESOLVERS,
  ],
  exports: EXPORTED,
})
export class ProposalsModule {}
