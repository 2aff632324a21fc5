import { Module } from '@nestjs/common';
import { CallsModule } from '@ouvroir/calls';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { CallsDemo } from './calls-demo';
import { DemoSeed } from './demo-seed';

@Module({
  imports: [IdentityModule, GroupsModule, ProposalsModule, VotesModule, CallsModule],
  providers: [DemoSeed, CallsDemo],
})
export class DemoModule {}
