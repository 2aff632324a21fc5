import { Module } from '@nestjs/common';
import { CommonsModule } from '@ouvroir/commons';
import { DomainsModule } from '@ouvroir/domains';
import { CallsModule } from '@ouvroir/calls';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { CommonsDemoSeed } from './commons-demo';
import { CallsDemo } from './calls-demo';
import { DemoSeed } from './demo-seed';

@Module({
  imports: [IdentityModule, DomainsModule, GroupsModule, ProposalsModule, VotesModule, CommonsModule, CallsModule],
  providers: [DemoSeed, CommonsDemoSeed, CallsDemo],
})
export class DemoModule {}
