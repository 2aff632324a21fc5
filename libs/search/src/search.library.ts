import { DomainLibrary } from '@ouvroir/core';
import { CreateSearchDocument1781100000000 } from './migrations/1781100000000-CreateSearchDocument';
import { SearchDocumentEntity } from './search-document.entity';
import { SearchModule } from './search.module';
import { SEARCH_RESOLVERS } from './search.resolver';

/** One search across the portal: the table every domain feeds (core's SearchIndex) and its reading. */
export const searchLibrary: DomainLibrary = {
  name: 'search',
  module: SearchModule,
  entities: [SearchDocumentEntity],
  migrations: [CreateSearchDocument1781100000000],
  resolvers: SEARCH_RESOLVERS,
};
