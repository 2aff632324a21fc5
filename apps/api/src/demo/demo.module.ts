import { Module } from '@nestjs/common';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { DemoSeed } from './demo-seed';

@Module({ imports: [IdentityModule, GroupsModule], providers: [DemoSeed] })
export class DemoModule {}
