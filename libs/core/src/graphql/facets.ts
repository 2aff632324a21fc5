import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * One value of a facet and how many results have it, shared by every faceted list (the catalogue, the portal search):
 * GraphQL names a type once.
 */
@ObjectType('FacetCount', { description: 'Une valeur d’une facette et le nombre de résultats lisibles qui l’ont.' })
export class FacetCountModel {
  @Field({
    description: 'La valeur à filtrer : un type, un identifiant (domaine, structure), une URI ou un identifiant SPDX.',
  })
  value: string;

  @Field({ description: 'Son libellé, en français.' })
  label: string;

  @Field(() => Int)
  count: number;
}
