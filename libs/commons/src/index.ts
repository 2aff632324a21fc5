export { CatalogueFilter } from './catalogue.repository';
export {
  CataloguePage,
  CatalogueService,
  FacetCount,
  FORGE_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
} from './catalogue.service';
export {
  CommonDecisionEntity,
  CommonMaintainerEntity,
  CommonRepositoryEntity,
  CommonRevisionEntity,
  CommonScolomfrEntity,
  CommonUsageEntity,
  ScolomfrConceptEntity,
} from './common-parts.entity';
export { CommonEntity, PubliccodeReport } from './common.entity';
export { forgeOf } from './forge';
export { isRecommended, ParsedLicence, parseLicence } from './licence';
export { CommonFields, RepositoryFields, slugFrom } from './common.rules';
export { CallLaureate, CommonPermissions, commonsPolicy, CommonViewer } from './commons.policy';
export { CommonRow } from './commons.repository';
export { CommonEdit, CommonsService, NewCommon } from './commons.service';
export { CommonsModule } from './commons.module';
export { COMMONS_RESOLVERS } from './commons.resolvers';
export { DecisionsService } from './decisions.service';
export { LaureateEntry, LaureatesService } from './laureates.service';
export { MaintainersService } from './maintainers.service';
export { CommonModel, CommonConnection } from './models/common.models';
export { RelayService } from './relay.service';
export { UsageFields, UsagesService } from './usages.service';
export { CommonsStatistics, CommonsStatisticsService } from './statistics/commons-statistics.service';
export { CountBy, WeeklyCount } from './statistics/commons-statistics.repository';
export { commonsLibrary } from './commons.library';
