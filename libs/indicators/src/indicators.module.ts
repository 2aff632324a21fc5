import { Module } from '@nestjs/common';
import { CommonsModule } from '@ouvroir/commons';
import { DomainsModule } from '@ouvroir/domains';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { IndicatorsService } from './indicators.service';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsOpenDataController } from './open-data.controller';

@Module({
  imports: [IdentityModule, DomainsModule, GroupsModule, ProposalsModule, VotesModule, CommonsModule],
  providers: [IndicatorsService, IndicatorsResolver],
  controllers: [IndicatorsOpenDataController],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
