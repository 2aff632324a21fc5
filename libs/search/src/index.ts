export { SearchModule } from './search.module';
export { SEARCH_RESOLVERS } from './search.resolver';
export { FacetCount, SearchHit, SearchInput, SearchResults, SearchService } from './search.service';
export { EngineQuery, EngineResults, SEARCH_ENGINE, SearchEngine } from './search-engine';
export { searchLibrary } from './search.library';
