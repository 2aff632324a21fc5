import { Module } from '@nestjs/common';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { DemoSeed } from './demo-seed';

@Module({ imports: [IdentityModule, GroupsModule, ProposalsModule], providers: [DemoSeed] })
export class DemoModule {}
