import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { SEARCH_LIMITS, SearchKind } from '@ouvroir/contracts';
import { Public } from '@ouvroir/core';
import { Actor, OptionalActor } from '@ouvroir/identity';
import { SearchKindEnum, SearchResultsModel } from './models/search.models';
import { SearchService } from './search.service';

/** What a search costs beyond its page (against GRAPHQL_MAX_COST): a full-text query with its facets. */
export const SEARCH_COST = 50;

@Resolver(() => SearchResultsModel)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Public()
  @Query(() => SearchResultsModel, {
    name: 'search',
    description: `Une recherche en français dans tout le portail (groupes, propositions, communs, messages), les meilleurs résultats d’abord ; seulement ce que je peux lire, compté comme tel. Au plus ${SEARCH_LIMITS.textMax} caractères.`,
    complexity: ({ args, childComplexity }) => SEARCH_COST + (args.first as number) * childComplexity,
  })
  searchPortal(
    @OptionalActor() actor: Actor | null,
    @Args('text') text: string,
    @Args('kinds', { type: () => [SearchKindEnum], nullable: true }) kinds: SearchKind[] | null,
    @Args('domainIds', { type: () => [ID], nullable: true }) domainIds: string[] | null,
    @Args('first', { type: () => Int, defaultValue: 20, description: `De 1 à ${SEARCH_LIMITS.firstMax}.` })
    first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.search.search(actor, { text, kinds, domainIds, first, after });
  }
}

export const SEARCH_RESOLVERS = [SearchResolver];
