import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { SearchIndex } from '@ouvroir/core';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { LiveModule } from '@ouvroir/live';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { DiscussionRepository } from './discussion.repository';
import { DISCUSSION_RESOLVERS } from './discussion.resolver';
import { ChannelRoomReader, DiscussionGateway, UnreadRoomReader } from './discussion.gateway';
import { DiscussionService } from './discussion.service';
import { DiscussionStatisticsRepository } from './statistics/discussion-statistics.repository';
import { DiscussionStatisticsService } from './statistics/discussion-statistics.service';

@Module({
  imports: [AuditModule, GroupsModule, IdentityModule, LiveModule, ProposalsModule, VotesModule],
  providers: [
    DiscussionRepository,
    DiscussionService,
    SearchIndex,
    DiscussionGateway,
    ChannelRoomReader,
    UnreadRoomReader,
    DiscussionStatisticsRepository,
    DiscussionStatisticsService,
    ...DISCUSSION_RESOLVERS,
  ],
  exports: [DiscussionService, DiscussionStatisticsService],
})
export class DiscussionModule {}
