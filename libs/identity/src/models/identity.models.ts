import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf, Paginated } from '@ouvroir/core';
import { ORGANISATION_TYPES, OrganisationType } from '../organisation.entity';
import {
  AGREEMENT_FORMS,
  AgreementForm,
  PLATFORM_ROLES,
  PlatformRole,
  USER_STATUSES,
  UserStatus,
} from '../user.entity';

export const PlatformRoleEnum = enumOf(PLATFORM_ROLES);
export const OrganisationTypeEnum = enumOf(ORGANISATION_TYPES);
export const UserStatusEnum = enumOf(USER_STATUSES);
export const AgreementFormEnum = enumOf(AGREEMENT_FORMS);
registerEnumType(AgreementFormEnum, {
  name: 'AgreementForm',
  description: 'Forme d’accord des phrases qui parlent de la personne : féminin, masculin ou neutre.',
});
registerEnumType(UserStatusEnum, { name: 'UserStatus', description: 'État d’un compte.' });
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

  @Field(() => String, { nullable: true, description: 'Numéro SIRET (14 chiffres ; membres et administrateurs).' })
  siret: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code UAI d’un établissement (7 chiffres et une lettre ; membres et administrateurs).',
  })
  uai: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Domaines des adresses électroniques de la structure (membres et administrateurs).',
  })
  emailDomains: string[] | null;
}

@ObjectType('OrganisationConnection')
export class OrganisationConnection extends Paginated(OrganisationModel) {}

@InputType('OrganisationInput')
export class OrganisationInput {
  @Field()
  name: string;

  @Field(() => OrganisationTypeEnum)
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  siret?: string | null;

  @Field(() => String, { nullable: true })
  uai?: string | null;

  @Field(() => [String])
  emailDomains: string[];
}

@ObjectType('User', { description: 'Une personne inscrite sur Ouvroir.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Visible de la personne elle-même et des administrateurs.' })
  email: string | null;

  @Field(() => PlatformRoleEnum)
  platformRole: PlatformRole;

  @Field(() => UserStatusEnum)
  status: UserStatus;

  @Field(() => OrganisationModel, { nullable: true })
  organisation: OrganisationModel | null;

  @Field(() => AgreementFormEnum, {
    nullable: true,
    description:
      'Sa forme d’accord, si la personne l’a indiquée (« Hélène est ajoutée ») ; sans elle, les phrases sont neutres. Visible comme son nom.',
  })
  agreementForm: AgreementForm | null;

  @Field({ description: 'Son profil public est ouvert (choix de la personne, fermé par défaut).' })
  publicProfile: boolean;
}

@ObjectType('UserConnection')
export class UserConnection extends Paginated(UserModel) {}

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
