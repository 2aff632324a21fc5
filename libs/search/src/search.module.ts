import { Module } from '@nestjs/common';
import { DomainsModule } from '@ouvroir/domains';
import { GroupsModule } from '@ouvroir/groups';
import { PostgresSearchEngine } from './postgres-search.engine';
import { SEARCH_ENGINE } from './search-engine';
import { SearchReadersService } from './search-readers.service';
import { SEARCH_RESOLVERS } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [DomainsModule, GroupsModule],
  providers: [
    { provide: SEARCH_ENGINE, useClass: PostgresSearchEngine },
    SearchReadersService,
    SearchService,
    ...SEARCH_RESOLVERS,
  ],
  exports: [SearchService],
})
export class SearchModule {}
