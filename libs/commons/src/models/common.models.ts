import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  COMMON_KINDS,
  COMMON_STATUSES,
  CommonKind,
  CommonStatus,
  Forge,
  FORGES,
  REPOSITORY_ROLES,
  RepositoryRole,
} from '@ouvroir/contracts';
import { enumOf, FacetCountModel, Paginated } from '@ouvroir/core';
import { OrganisationModel } from '@ouvroir/identity';

export const CommonKindEnum = enumOf(COMMON_KINDS);
export const CommonStatusEnum = enumOf(COMMON_STATUSES);
export const ForgeEnum = enumOf(FORGES);
export const RepositoryRoleEnum = enumOf(REPOSITORY_ROLES);
registerEnumType(CommonKindEnum, {
  name: 'CommonKind',
  description: 'Logiciel, ressource éducative, service ou jeu de données.',
});
registerEnumType(CommonStatusEnum, { name: 'CommonStatus', description: 'Où en est un commun.' });
registerEnumType(ForgeEnum, {
  name: 'Forge',
  description: 'La forge d’un dépôt, déduite de son adresse (forge.apps.education.fr, GitHub, une GitLab, autre).',
});
registerEnumType(RepositoryRoleEnum, { name: 'RepositoryRole', description: 'Dépôt source, ou miroir public.' });

@ObjectType('Licence', { description: 'La licence d’un commun : une expression SPDX.' })
export class LicenceModel {
  @Field({ description: 'L’expression SPDX, par exemple « MIT OR Apache-2.0 ».' })
  expression: string;

  @Field(() => [String], { description: 'Les identifiants SPDX qu’elle nomme.' })
  ids: string[];

  @Field({ description: 'Toutes les licences à accepter sont ouvertes (liste du programme, OSI ou FSF).' })
  open: boolean;

  @Field({ description: 'Recommandée par le programme pour cette sorte de commun.' })
  recommended: boolean;
}

@ObjectType('CommonRepository', { description: 'Un dépôt du commun sur une forge.' })
export class CommonRepositoryModel {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => ForgeEnum)
  forge: Forge;

  @Field(() => RepositoryRoleEnum)
  role: RepositoryRole;

  @Field(() => ID, { nullable: true, description: 'Pour un miroir : le dépôt source qu’il reflète.' })
  mirrorOf: string | null;
}

@ObjectType('CommonMaintainer', { description: 'Une personne ou une structure qui maintient le commun.' })
export class CommonMaintainerModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  userId: string | null;
  organisationId: string | null;
}

@ObjectType('CommonUsage', { description: 'Une structure qui déclare utiliser le commun.' })
export class CommonUsageModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'L’adresse de son instance, si elle la donne.' })
  instanceUrl: string | null;

  @Field(() => Int, { nullable: true, description: 'Le nombre d’utilisateurs déclaré.' })
  userCount: number | null;

  @Field(() => GraphQLISODateTime, { description: 'Quand l’usage a été déclaré.' })
  declaredAt: Date;

  organisationId: string;
}

@ObjectType('ScolomfrConcept', { description: 'Une valeur ScoLOMFR : son URI stable et son libellé.' })
export class ScolomfrConceptModel {
  @Field()
  uri: string;

  @Field()
  label: string;

  @Field({ description: 'Le vocabulaire : 022 niveau, 015 discipline, 010 type pédagogique, 005 type de document.' })
  vocabulary: string;
}

@ObjectType('CommonScolomfr', { description: 'Les métadonnées ScoLOMFR d’une ressource éducative.' })
export class CommonScolomfrModel {
  @Field(() => [ScolomfrConceptModel])
  levels: ScolomfrConceptModel[];

  @Field(() => [ScolomfrConceptModel])
  subjects: ScolomfrConceptModel[];

  @Field(() => [ScolomfrConceptModel])
  pedagogicalTypes: ScolomfrConceptModel[];

  @Field(() => [ScolomfrConceptModel])
  documentTypes: ScolomfrConceptModel[];
}

@ObjectType('CommonRevision', { description: 'Une modification du commun.' })
export class CommonRevisionModel {
  @Field(() => Int)
  number: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  authorId: string;
}

@ObjectType('CommonPermissions', {
  description: 'Ce que je peux faire sur ce commun : la page n’affiche que ces boutons.',
})
export class CommonPermissionsModel {
  @Field()
  edit: boolean;

  @Field({ description: 'Déclarer l’usage de ma structure (ou de toute structure, administrateurs).' })
  declareUsage: boolean;

  @Field({ description: 'Écrire aux mainteneurs (personnes identifiées).' })
  contact: boolean;

  @Field()
  confirmMaintenance: boolean;
}

@ObjectType('Common', { description: 'Un commun numérique du catalogue.' })
export class CommonModel {
  @Field(() => ID)
  id: string;

  @Field(() => CommonKindEnum)
  kind: CommonKind;

  @Field()
  name: string;

  @Field({ description: 'Son adresse (/communs/:slug) : elle ne change pas quand le commun est renommé.' })
  slug: string;

  @Field()
  summary: string;

  @Field({ description: 'En Markdown (voir descriptionHtml pour l’afficher).' })
  description: string;

  @Field(() => CommonStatusEnum)
  status: CommonStatus;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => Int, { description: 'Le numéro de la dernière révision : une modification le rappelle.' })
  revision: number;

  @Field({ description: 'La maintenance n’a pas été confirmée depuis 12 mois : « à confirmer ».' })
  maintenanceDue: boolean;

  @Field(() => GraphQLISODateTime)
  maintenanceConfirmedAt: Date;

  @Field(() => ID, { nullable: true, description: 'L’appel à communs dont il est lauréat.' })
  laureateCallId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  domainId: string;
  stewardingGroupId: string | null;
  licence: string;
  licenceIds: string[];
  licenceOpen: boolean;
  publiccodeReport: Record<string, unknown> | null;
}

@ObjectType('CommonFacets', {
  description: 'Les facettes du catalogue, chacune comptée avec tous les autres filtres appliqués.',
})
export class CommonFacetsModel {
  @Field(() => [FacetCountModel])
  kinds: FacetCountModel[];

  @Field(() => [FacetCountModel])
  domains: FacetCountModel[];

  @Field(() => [FacetCountModel])
  licences: FacetCountModel[];

  @Field(() => [FacetCountModel])
  levels: FacetCountModel[];

  @Field(() => [FacetCountModel])
  subjects: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'Les structures qui maintiennent ou utilisent (les 30 premières).' })
  organisations: FacetCountModel[];

  @Field(() => [FacetCountModel])
  forges: FacetCountModel[];

  @Field(() => [FacetCountModel])
  statuses: FacetCountModel[];
}

@ObjectType('CommonConnection')
export class CommonConnection extends Paginated(CommonModel) {
  @Field(() => CommonFacetsModel)
  facets: CommonFacetsModel;
}

@ObjectType('OrganisationCommons', { description: 'Ce qu’une structure maintient et ce qu’elle utilise.' })
export class OrganisationCommonsModel {
  @Field(() => OrganisationModel)
  organisation: OrganisationModel;

  @Field(() => [CommonModel])
  maintained: CommonModel[];

  @Field(() => [CommonModel])
  used: CommonModel[];
}

@InputType('CommonFilter', { description: 'Ce qui restreint le catalogue ; un champ absent ne restreint rien.' })
export class CommonFilterInput {
  @Field(() => [CommonKindEnum], { nullable: true })
  kinds?: CommonKind[];

  @Field(() => [ID], { nullable: true })
  domainIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Identifiants SPDX.' })
  licenceIds?: string[];

  @Field({ nullable: true, description: 'Seulement les licences ouvertes (true) ou non (false).' })
  licenceOpen?: boolean;

  @Field({ nullable: true, description: 'Seulement les lauréats d’un appel à communs (true) ou les autres (false).' })
  laureate?: boolean;

  @Field(() => [String], { nullable: true, description: 'URI ScoLOMFR de niveaux (vocabulaire 022).' })
  levelUris?: string[];

  @Field(() => [String], { nullable: true, description: 'URI ScoLOMFR de disciplines (vocabulaire 015).' })
  subjectUris?: string[];

  @Field(() => ID, { nullable: true, description: 'Une structure qui maintient ou utilise.' })
  organisationId?: string;

  @Field(() => [ForgeEnum], { nullable: true })
  forges?: Forge[];

  @Field(() => [CommonStatusEnum], { nullable: true })
  statuses?: CommonStatus[];

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@InputType('RepositoryInput', { description: 'Un dépôt : son adresse, source ou miroir d’un autre de la liste.' })
export class RepositoryInput {
  @Field({ description: 'Adresse http ou https, 500 caractères au plus.' })
  url: string;

  @Field(() => RepositoryRoleEnum, {
    nullable: true,
    description: 'Par défaut : miroir s’il reflète un autre dépôt, sinon source.',
  })
  role?: RepositoryRole;

  @Field(() => String, {
    nullable: true,
    description: 'Pour un miroir : l’adresse de son dépôt source, dans la même liste.',
  })
  mirrorOfUrl?: string | null;
}

@InputType('CommonInput', { description: 'Les champs d’un commun, publié ou modifié.' })
export class CommonInput {
  @Field(() => CommonKindEnum)
  kind: CommonKind;

  @Field({ description: 'De 2 à 120 caractères.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'À la publication seulement : l’adresse voulue (sinon tirée du nom). Ignorée en modification : l’adresse ne change pas.',
  })
  slug?: string | null;

  @Field({ defaultValue: '', description: '300 caractères au plus.' })
  summary: string;

  @Field({ defaultValue: '', description: 'En Markdown, 20 000 caractères au plus.' })
  description: string;

  @Field(() => ID)
  domainId: string;

  @Field(() => ID, { nullable: true })
  stewardingGroupId?: string | null;

  @Field(() => CommonStatusEnum, { nullable: true, description: 'Par défaut : actif.' })
  status?: CommonStatus | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => [String], { nullable: true, description: 'Au plus 10 mots-clés de 40 caractères.' })
  tags?: string[] | null;

  @Field({ description: 'Une expression SPDX : « MIT », « CC-BY-SA-4.0 », « MIT OR Apache-2.0 »…' })
  licence: string;

  @Field(() => [RepositoryInput], {
    nullable: true,
    description: 'Au plus 20. En modification, absent : les dépôts ne changent pas.',
  })
  repositories?: RepositoryInput[] | null;

  @Field(() => [String], { nullable: true, description: 'URI ScoLOMFR (ressources éducatives seulement).' })
  scolomfrUris?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'À la publication : les co-mainteneurs (le créateur l’est toujours).',
  })
  maintainerUserIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'À la publication : les structures qui maintiennent.' })
  maintainerOrganisationIds?: string[] | null;
}
