import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { SearchIndex } from '@ouvroir/core';
import { DomainsModule } from '@ouvroir/domains';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';
import { CommonPartsRepository } from './common-parts.repository';
import { CommonsAccessService } from './commons-access.service';
import { COMMONS_RESOLVERS } from './commons.resolvers';
import { CommonsRepository } from './commons.repository';
import { CommonsService } from './commons.service';
import { DecisionsService } from './decisions.service';
import { LaureatesService } from './laureates.service';
import { MaintainersService } from './maintainers.service';
import { RelayService } from './relay.service';
import { CommonsStatisticsRepository } from './statistics/commons-statistics.repository';
import { CommonsStatisticsService } from './statistics/commons-statistics.service';
import { UsagesService } from './usages.service';
import { PUBLICCODE_CONTROLLERS, PUBLICCODE_PROVIDERS } from './publiccode/publiccode.parts';

/** The services other libraries (notifications, search, calls, indicators) and the demo use. */
const EXPORTED = [
  CommonsService,
  CatalogueService,
  MaintainersService,
  UsagesService,
  DecisionsService,
  LaureatesService,
  RelayService,
  CommonsStatisticsService,
];

@Module({
  imports: [AuditModule, DomainsModule, GroupsModule, IdentityModule, ProposalsModule],
  providers: [
    CommonsRepository,
    CommonPartsRepository,
    CatalogueRepository,
    CommonsStatisticsRepository,
    CommonsAccessService,
    SearchIndex,
    ...EXPORTED,
    ...COMMONS_RESOLVERS,
    ...PUBLICCODE_PROVIDERS,
  ],
  controllers: PUBLICCODE_CONTROLLERS,
  exports: EXPORTED,
})
export class CommonsModule {}
