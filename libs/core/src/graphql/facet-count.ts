import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One value of a facet (the catalogue's, the search's), shared so that the schema names it once. */
@ObjectType('FacetCount', {
  description: 'Une valeur d’une facette, son libellé et le nombre de résultats lisibles qui la portent.',
})
export class FacetCountModel {
  @Field({ description: 'La valeur à filtrer (un type, l’identifiant d’un domaine, une licence…).' })
  value: string;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}
