import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  PartialType,
  PickType,
  registerEnumType,
} from '@nestjs/graphql';
import { AuditActionEnum } from '@ouvroir/audit';
import type { AuditAction } from '@ouvroir/audit';
import { enumOf, Paginated } from '@ouvroir/core';
import {
  GROUP_KINDS,
  GROUP_STATUSES,
  GROUP_VISIBILITIES,
  GroupKind,
  GroupStatus,
  GroupVisibility,
  JOIN_POLICIES,
  JoinPolicy,
} from '../group.entity';
import { JOIN_REQUEST_STATUSES, JoinRequestStatus } from '../join-request.entity';
import { MEMBERSHIP_ROLES, MembershipRole } from '../membership.entity';

export const GroupKindEnum = enumOf(GROUP_KINDS);
export const GroupVisibilityEnum = enumOf(GROUP_VISIBILITIES);
export const JoinPolicyEnum = enumOf(JOIN_POLICIES);
export const GroupStatusEnum = enumOf(GROUP_STATUSES);
export const MembershipRoleEnum = enumOf(MEMBERSHIP_ROLES);
export const JoinRequestStatusEnum = enumOf(JOIN_REQUEST_STATUSES);
registerEnumType(GroupKindEnum, { name: 'GroupKind', description: 'Groupe de travail ou comité de pilotage.' });
registerEnumType(GroupVisibilityEnum, {
  name: 'GroupVisibility',
  description: '`public` : visible de tous ; `members` : invisible hors de ses membres.',
});
registerEnumType(JoinPolicyEnum, {
  name: 'JoinPolicy',
  description: '`open` : on rejoint aussitôt ; `request` : sur demande acceptée ; `invitation` : sur invitation.',
});
registerEnumType(GroupStatusEnum, { name: 'GroupStatus', description: 'Un groupe archivé reste lisible.' });
registerEnumType(MembershipRoleEnum, {
  name: 'MembershipRole',
  description: 'Animateur, membre, observateur ; votant dans un comité.',
});
registerEnumType(JoinRequestStatusEnum, { name: 'JoinRequestStatus' });

@ObjectType('Group', { description: 'Un groupe de travail ou un comité de pilotage d’un domaine.' })
export class GroupModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Identifiant lisible, utilisé dans les adresses.' })
  slug: string;

  @Field()
  name: string;

  @Field(() => GroupKindEnum)
  kind: GroupKind;

  @Field()
  shortDescription: string;

  @Field({ description: 'La charte, en Markdown (voir charterHtml pour l’afficher).' })
  charter: string;

  @Field(() => GroupVisibilityEnum)
  visibility: GroupVisibility;

  @Field(() => JoinPolicyEnum)
  joinPolicy: JoinPolicy;

  @Field(() => GroupStatusEnum)
  status: GroupStatus;

  @Field(() => Int)
  memberCount: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  domainId: string;
  committeeId: string | null;
}

@ObjectType('GroupConnection')
export class GroupConnection extends Paginated(GroupModel) {}

@ObjectType('GroupPermissions', { description: 'Ce que la personne connectée peut faire dans ce groupe.' })
export class GroupPermissionsModel {
  @Field()
  edit: boolean;

  @Field()
  join: boolean;

  @Field()
  requestToJoin: boolean;

  @Field()
  leave: boolean;

  @Field()
  manageMembers: boolean;

  @Field()
  readJournal: boolean;
}

@ObjectType('Membership', { description: 'Le rôle d’une personne dans un groupe.' })
export class MembershipModel {
  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => MembershipRoleEnum)
  role: MembershipRole;

  @Field(() => GraphQLISODateTime)
  since: Date;
}

@ObjectType('MembershipConnection')
export class MembershipConnection extends Paginated(MembershipModel) {}

@ObjectType('JoinRequest', {
  description: 'Une demande pour rejoindre un groupe, que ses animateurs acceptent ou refusent.',
})
export class JoinRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  message: string;

  @Field(() => JoinRequestStatusEnum)
  status: JoinRequestStatus;

  @Field(() => String, { nullable: true, description: 'Le motif donné par l’animateur.' })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType('JoinRequestConnection')
export class JoinRequestConnection extends Paginated(JoinRequestModel) {}

@ObjectType('Invitation', { description: 'Une invitation à rejoindre un groupe, valable une fois et pour un temps.' })
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => String, { nullable: true, description: 'L’adresse invitée, pour une invitation par adresse.' })
  email: string | null;

  @Field(() => MembershipRoleEnum)
  role: MembershipRole;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  invitedUserId: string | null;
  invitedBy: string;
}

@ObjectType('InvitationSent', {
  description: 'Une invitation créée, avec le lien à transmettre (montré une seule fois).',
})
export class InvitationSentModel {
  @Field(() => InvitationModel)
  invitation: InvitationModel;

  @Field({ description: 'Le lien d’invitation, à transmettre à la personne invitée.' })
  link: string;
}

@InputType('CreateGroupInput')
export class CreateGroupInput {
  @Field({ description: 'Le domaine du groupe.' })
  domainSlug: string;

  @Field(() => GroupKindEnum)
  kind: GroupKind;

  @Field()
  name: string;

  @Field({ nullable: true, description: 'Déduit du nom quand il est absent.' })
  slug?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Le premier animateur ; à défaut, l’administrateur qui crée le groupe.',
  })
  facilitatorId?: string;

  @Field({ nullable: true })
  shortDescription?: string;

  @Field({ nullable: true })
  charter?: string;

  @Field(() => GroupVisibilityEnum, { nullable: true })
  visibility?: GroupVisibility;

  @Field(() => JoinPolicyEnum, { nullable: true })
  joinPolicy?: JoinPolicy;

  @Field(() => ID, {
    nullable: true,
    description: 'Le comité auquel s’adressent les propositions du groupe ; null le retire.',
  })
  committeeId?: string | null;
}

@InputType('UpdateGroupInput', { description: 'Les champs à changer ; les autres restent tels quels.' })
export class UpdateGroupInput extends PartialType(
  PickType(CreateGroupInput, ['name', 'shortDescription', 'charter', 'visibility', 'joinPolicy', 'committeeId']),
) {}

@InputType('GroupFilter')
export class GroupFilterInput {
  @Field({ nullable: true })
  domainSlug?: string;

  @Field(() => GroupKindEnum, { nullable: true })
  kind?: GroupKind;

  @Field(() => GroupStatusEnum, { nullable: true })
  status?: GroupStatus;

  @Field({ nullable: true, description: 'Dans le nom ou la description courte.' })
  search?: string;

  @Field({ nullable: true, description: 'Seulement mes groupes.' })
  mine?: boolean;
}

@InputType('InvitationInput', { description: 'Une personne inscrite (userId) ou une adresse électronique (email).' })
export class InvitationInput {
  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field({ nullable: true })
  email?: string;

  @Field(() => MembershipRoleEnum, { defaultValue: 'member' })
  role: MembershipRole;
}

@InputType('AuditFilter')
export class AuditFilterInput {
  @Field(() => ID, { nullable: true })
  groupId?: string;

  @Field(() => [AuditActionEnum], { nullable: true })
  actions?: AuditAction[];

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  since?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  until?: Date;
}
