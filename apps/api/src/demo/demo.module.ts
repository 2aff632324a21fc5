import { Module } from '@nestjs/common';
import { CommonsModule } from '@ouvroir/commons';
import { DomainsModule } from '@ouvroir/domains';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { CommonsDemoSeed } from './commons-demo';
import { DemoSeed } from './demo-seed';

@Module({
  imports: [IdentityModule, DomainsModule, GroupsModule, ProposalsModule, VotesModule, CommonsModule],
  providers: [DemoSeed, CommonsDemoSeed],
})
export class DemoModule {}
