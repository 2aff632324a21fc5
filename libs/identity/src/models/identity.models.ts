import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANISATION_TYPES, OrganisationType } from '../organisation.entity';
import { PLATFORM_ROLES, PlatformRole } from '../user.entity';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value]));
export const PlatformRoleEnum = enumOf(PLATFORM_ROLES);
export const OrganisationTypeEnum = enumOf(ORGANISATION_TYPES);
registerEnumType(PlatformRoleEnum, { name: 'PlatformRole', description: 'Rôle sur la plateforme.' });
registerEnumType(OrganisationTypeEnum, { name: 'OrganisationType', description: 'Type de structure.' });

@ObjectType('Organisation', {
  description: 'Une structure : direction, académie, opérateur, université, établissement…',
})
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationTypeEnum)
  type: OrganisationType;
}

@ObjectType('User', { description: 'Une personne inscrite sur Ouvroir.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => PlatformRoleEnum)
  platformRole: PlatformRole;

  @Field(() => OrganisationModel, { nullable: true })
  organisation: OrganisationModel | null;
}

@ObjectType('IdentityProvider', { description: 'Un fournisseur d’identité proposé sur la page de connexion.' })
export class IdentityProviderModel {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field({ description: '`proconnect` ou `generic` : la page de connexion affiche le bouton qui convient.' })
  kind: string;

  @Field({
    description: 'Faux quand le fournisseur ne répond pas : la connexion par lui est impossible pour le moment.',
  })
  available: boolean;
}
