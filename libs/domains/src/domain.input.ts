import { Field, InputType } from '@nestjs/graphql';

@InputType('DomainInput', { description: 'Les champs d’un domaine, créé ou modifié par un administrateur.' })
export class DomainInput {
  @Field({ description: 'Son nom, de 3 à 120 caractères.' })
  name: string;

  @Field({ description: 'Son identifiant d’adresse : minuscules sans accent, chiffres et tirets, de 3 à 60.' })
  slug: string;

  @Field({ description: 'Sa présentation, en Markdown, 2 000 caractères au plus.', defaultValue: '' })
  description: string;
}
