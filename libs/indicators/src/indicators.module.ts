import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CallsModule } from '@ouvroir/calls';
import { CommonsModule } from '@ouvroir/commons';
import { DiscussionModule } from '@ouvroir/discussion';
import { DomainsModule } from '@ouvroir/domains';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { IndicatorSnapshotEntity } from './indicator-snapshot.entity';
import { IndicatorSnapshotsRepository } from './indicator-snapshots.repository';
import { IndicatorSnapshotsService } from './indicator-snapshots.service';
import { IndicatorsService } from './indicators.service';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsOpenDataController } from './open-data.controller';
import { PortalDumpController } from './portal-dump.controller';
import { PortalDumpService } from './portal-dump.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([IndicatorSnapshotEntity]),
    IdentityModule,
    DomainsModule,
    GroupsModule,
    ProposalsModule,
    VotesModule,
    CommonsModule,
    DiscussionModule,
    CallsModule,
  ],
  providers: [
    IndicatorsService,
    IndicatorSnapshotsRepository,
    IndicatorSnapshotsService,
    IndicatorsResolver,
    PortalDumpService,
  ],
  controllers: [IndicatorsOpenDataController, PortalDumpController],
  exports: [IndicatorsService, IndicatorSnapshotsService],
})
export class IndicatorsModule {}
