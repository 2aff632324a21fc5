import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ouvroir/audit';
import { CommonsModule } from '@ouvroir/commons';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { VotesModule } from '@ouvroir/votes';
import { AssignmentService } from './assignment.service';
import { CallAccess } from './call-access';
import { CallLifecycleService } from './call-lifecycle.service';
import { CallEntity } from './call.entity';
import { CALLS_RESOLVERS } from './calls.resolvers';
import { CallsRepository } from './calls.repository';
import { CallsService } from './calls.service';
import { DecisionsService } from './decisions.service';
import { MilestonesService } from './milestones.service';
import { ResultsExportService } from './results-export.service';
import { ResultsController } from './results.controller';
import { ReviewsService } from './reviews.service';
import { CallCreditsRepository } from './statistics/call-credits.repository';
import { CallCreditsService } from './statistics/call-credits.service';
import { CallsStatisticsService } from './statistics/calls-statistics.service';
import { SubmissionsService } from './submissions.service';

/** The services other modules, the demo and the tests use. */
const SERVICES = [
  CallsService,
  CallLifecycleService,
  SubmissionsService,
  AssignmentService,
  ReviewsService,
  DecisionsService,
  MilestonesService,
  ResultsExportService,
  CallsStatisticsService,
  CallCreditsService,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([CallEntity]),
    AuditModule,
    CommonsModule,
    GroupsModule,
    IdentityModule,
    VotesModule,
  ],
  controllers: [ResultsController],
  providers: [CallsRepository, CallCreditsRepository, CallAccess, ...SERVICES, ...CALLS_RESOLVERS],
  exports: SERVICES,
})
export class CallsModule {}
