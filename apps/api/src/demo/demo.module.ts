import { Module } from '@nestjs/common';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { DemoSeed } from './demo-seed';

@Module({ imports: [IdentityModule, GroupsModule, ProposalsModule, VotesModule], providers: [DemoSeed] })
export class DemoModule {}
