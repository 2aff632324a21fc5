export type { DomainLibrary } from './registry/domain-library';
export { Access, ACCESS_METADATA, Public, SignedIn } from './access/access';
export { AppConfig, ConfigError, loadConfig, projectRoot } from './config/config';
export { ClaimNames, IdentityProviderConfig } from './config/identity-providers';
export { APP_CONFIG, ConfigModule, InjectConfig } from './config/config.module';
export { dataSourceOptions } from './database/data-source-options';
export { openDatabaseServer } from './database/database-server';
export { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
export { containing, keysetPage, Page, readAfter, sortedAfter } from './database/keyset-page';
export { entityColumns } from './database/entity-columns';
export { migrate } from './database/migrate';
export { preparedQuery } from './database/prepared-query';
export { notifyTableChanges, TableChanges, TableChangesModule } from './database/table-changes';
export { conflictOn } from './errors/conflict-on';
export { LiveEvent, LiveEvents, LiveEventsModule, liveRoom, parseLiveRoom, SESSION_ENDED } from './live/live-events';
export { DomainError, ErrorCode } from './errors/domain-error';
export { handleFastifyErrors, HttpErrorFilter } from './errors/http-error.filter';
export { isUnavailable, UNAVAILABLE_MESSAGE } from './errors/unavailable';
export { CSRF_HEADER, graphqlOptions, queryCost } from './graphql/graphql-options';
export {
  Connection,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  PageArgs,
  PageInfo,
  Paginated,
  toConnection,
} from './graphql/pagination';
export { enumOf } from './graphql/enum-of';
export { FacetCountModel } from './graphql/facet-count';
export { LICENCE_OUVERTE_2, OPEN_DATA_PRODUCER } from './open-data/open-data';
export { RequestLoader, requestLoader, whenKnown } from './graphql/request-loader';
export { selects } from './graphql/selects';
export { Mention, mentionsIn, renderMarkdown } from './markdown/markdown';
export { validText, withoutBidiControls } from './validation/valid-text';
export { registerSecurityHeaders } from './http/security';
export { registerRateLimits } from './http/rate-limits';
export { createLogger, logRequests, PinoNestLogger, requestIdFrom } from './logging/logger';
export { currentRequestId, runInRequest } from './logging/request-context';
export { DOMAIN_EVENT_QUEUE, JobOptions, JobQueue, QueueOptions } from './jobs/job-queue';
export { DomainEvents } from './jobs/domain-events';
export { JobsModule } from './jobs/jobs.module';
export { Metrics, MetricsModule } from './metrics/metrics';
export { derivedKey, seal, unseal } from './secrets/derived-keys';
export { SEARCH_BODY_MAX, SearchDocument, SearchIndex } from './search/search-index';
