import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { DiscussionRepository } from './discussion.repository';
import { DISCUSSION_RESOLVERS } from './discussion.resolver';
import { DiscussionService } from './discussion.service';
import { LiveGateway } from './live.gateway';

@Module({
  imports: [AuditModule, GroupsModule, IdentityModule, ProposalsModule, VotesModule],
  providers: [DiscussionRepository, DiscussionService, LiveGateway, ...DISCUSSION_RESOLVERS],
  exports: [DiscussionService],
})
export class DiscussionModule {}
