import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Domain', { description: 'Un domaine du programme, par exemple « Logiciels libres ».' })
export class DomainModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Identifiant lisible, utilisé dans les adresses.' })
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'Présentation du domaine, en Markdown.' })
  description: string;
}
