import { Module } from '@nestjs/common';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { HOME_RESOLVERS } from './home.resolver';
import { HomeService } from './home.service';

@Module({
  imports: [GroupsModule, IdentityModule, ProposalsModule, VotesModule],
  providers: [HomeService, ...HOME_RESOLVERS],
  exports: [HomeService],
})
export class HomeModule {}
