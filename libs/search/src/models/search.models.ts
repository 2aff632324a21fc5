import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SEARCH_KINDS, SEARCH_LIMITS, SearchKind } from '@ouvroir/contracts';
import { enumOf, FacetCountModel, PageInfo } from '@ouvroir/core';

export const SearchKindEnum = enumOf(SEARCH_KINDS);
registerEnumType(SearchKindEnum, {
  name: 'SearchKind',
  description: 'Ce que la recherche trouve : groupe, proposition, commun ou message.',
});

@ObjectType('SearchDomain', { description: 'Le domaine d’un résultat.' })
export class SearchDomainModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('SearchHit', { description: 'Un résultat de recherche que je peux lire.' })
export class SearchHitModel {
  @Field(() => SearchKindEnum)
  kind: SearchKind;

  @Field(() => ID, { description: 'L’identifiant de l’objet trouvé dans son domaine.' })
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Un extrait en HTML sûr : texte échappé, les mots trouvés entre <mark> et </mark>.' })
  excerptHtml: string;

  @Field({ description: 'L’adresse de la page du résultat, par exemple /propositions/…' })
  path: string;

  @Field(() => SearchDomainModel, { nullable: true })
  domain: SearchDomainModel | null;

  @Field()
  updatedAt: Date;
}

@ObjectType('SearchFacets')
export class SearchFacetsModel {
  @Field(() => [FacetCountModel], { description: 'Par type, dans les domaines demandés.' })
  kinds: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'Par domaine, dans les types demandés.' })
  domains: FacetCountModel[];
}

@ObjectType('SearchResults')
export class SearchResultsModel {
  @Field(() => Int, {
    description: `Le nombre de résultats lisibles, filtres compris, au plus ${SEARCH_LIMITS.countMax} (voir totalIsCapped).`,
  })
  totalCount: number;

  @Field({
    description: `Vrai quand il y a plus de ${SEARCH_LIMITS.countMax} résultats : le total et les facettes comptent les ${SEARCH_LIMITS.countMax} premiers, seuls classés.`,
  })
  totalIsCapped: boolean;

  @Field(() => [SearchHitModel])
  nodes: SearchHitModel[];

  @Field(() => SearchFacetsModel)
  facets: SearchFacetsModel;

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
