import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEntryConnection, AuditEntryEntity, AuditEntryModel } from '@ouvroir/audit';
import { PageArgs, renderMarkdown, requestLoader } from '@ouvroir/core';
import { DomainModel, DomainsService } from '@ouvroir/domains';
import {
  Actor,
  CurrentActor,
  IdentityService,
  OptionalActor,
  userLoader,
  UserModel,
  UserProfile,
} from '@ouvroir/identity';
import { GroupEntity, GroupStatus } from './group.entity';
import { GroupsService } from './groups.service';
import { InvitationEntity } from './invitation.entity';
import { JoinRequestEntity } from './join-request.entity';
import { MembershipRole } from './membership.entity';
import {
  AuditFilterInput,
  CreateGroupInput,
  GroupConnection,
  GroupFilterInput,
  GroupModel,
  GroupPermissionsModel,
  InvitationInput,
  InvitationModel,
  InvitationSentModel,
  JoinRequestConnection,
  JoinRequestModel,
  MembershipConnection,
  MembershipModel,
  MembershipRoleEnum,
  UpdateGroupInput,
} from './models/group.models';

const roles = (context: object, groups: GroupsService, viewer: Actor | null) =>
  requestLoader(context, 'viewerRoles', async (ids: readonly string[]) => {
    const found = await groups.rolesOf(viewer, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

/** The request's loader of groups by id, for any domain's resolvers: null for a group the viewer may not see. */
export const groupLoader = (context: object, groups: GroupsService, viewer: Actor | null) =>
  requestLoader(context, 'groups', (ids: readonly string[]) => groups.visibleByIds(viewer, ids));

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly domains: DomainsService,
    private readonly identity: IdentityService,
  ) {}

  @Query(() => GroupConnection, {
    description: 'L’annuaire des groupes et comités, par nom : les groupes publics et ceux dont on est membre.',
  })
  groupsDirectory(
    @OptionalActor() actor: Actor | null,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: GroupFilterInput,
  ) {
    return this.groups.directory(actor, filter ?? {}, first, after);
  }

  @Query(() => GroupModel, { description: 'Un groupe par son identifiant lisible.' })
  group(@OptionalActor() actor: Actor | null, @Args('slug') slug: string) {
    return this.groups.bySlug(actor, slug);
  }

  @Query(() => InvitationModel, {
    description:
      'L’invitation d’un lien, pour la montrer avant de l’accepter (sans la consommer) ; seulement tant qu’elle est valable.',
  })
  invitationByToken(@CurrentActor() actor: Actor, @Args('token') token: string) {
    return this.groups.invitationByToken(actor, token);
  }

  @Query(() => [InvitationModel], { description: 'Les invitations qui me sont adressées et attendent ma réponse.' })
  myInvitations(@CurrentActor() actor: Actor) {
    return this.groups.myInvitations(actor);
  }

  @Query(() => AuditEntryConnection, {
    description: 'Le journal des actes de gouvernance, du plus récent au plus ancien.',
  })
  auditLog(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: AuditFilterInput,
  ) {
    return this.groups.auditLog(actor, filter ?? {}, first, after);
  }

  @Mutation(() => GroupModel, {
    description: 'Administrateurs : crée un groupe ou un comité, dont on devient animateur.',
  })
  createGroup(@CurrentActor() actor: Actor, @Args('input') input: CreateGroupInput) {
    return this.groups.create(actor, input);
  }

  @Mutation(() => GroupModel, { description: 'Animateurs : modifie le groupe.' })
  updateGroup(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: UpdateGroupInput,
  ) {
    return this.groups.update(actor, groupId, input);
  }

  @Mutation(() => GroupModel, { description: 'Animateurs : archive le groupe (il reste lisible).' })
  archiveGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }) groupId: string) {
    return this.groups.setStatus(actor, groupId, 'archived' satisfies GroupStatus);
  }

  @Mutation(() => GroupModel, { description: 'Animateurs : rouvre un groupe archivé.' })
  reopenGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }) groupId: string) {
    return this.groups.setStatus(actor, groupId, 'active' satisfies GroupStatus);
  }

  @Mutation(() => MembershipModel, { description: 'Rejoint un groupe ouvert.' })
  joinGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }) groupId: string) {
    return this.groups.join(actor, groupId);
  }

  @Mutation(() => JoinRequestModel, { description: 'Demande à rejoindre un groupe sur demande.' })
  requestToJoinGroup(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('message', { nullable: true }) message?: string,
  ) {
    return this.groups.requestToJoin(actor, groupId, message);
  }

  @Mutation(() => JoinRequestModel, { description: 'Animateurs : accepte une demande ou la refuse avec un motif.' })
  decideJoinRequest(
    @CurrentActor() actor: Actor,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('accept') accept: boolean,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.groups.decideJoinRequest(actor, requestId, accept, reason);
  }

  @Mutation(() => Boolean, { description: 'Quitte un groupe (sauf le dernier animateur).' })
  async leaveGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }) groupId: string) {
    await this.groups.leave(actor, groupId);
    return true;
  }

  @Mutation(() => MembershipModel, { description: 'Animateurs : ajoute directement une personne inscrite.' })
  addMember(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => MembershipRoleEnum }) role: MembershipRole,
  ) {
    return this.groups.addMember(actor, groupId, userId, role);
  }

  @Mutation(() => MembershipModel, { description: 'Animateurs : change le rôle d’un membre.' })
  changeMemberRole(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => MembershipRoleEnum }) role: MembershipRole,
  ) {
    return this.groups.changeRole(actor, groupId, userId, role);
  }

  @Mutation(() => Boolean, { description: 'Animateurs : retire un membre du groupe.' })
  async removeMember(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    await this.groups.removeMember(actor, groupId, userId, reason);
    return true;
  }

  @Mutation(() => InvitationSentModel, { description: 'Animateurs : invite une personne inscrite ou une adresse.' })
  inviteToGroup(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: InvitationInput,
  ) {
    return this.groups.invite(actor, groupId, { userId: input.userId, email: input.email }, input.role);
  }

  @Mutation(() => InvitationModel, { description: 'Animateurs : retire une invitation pas encore acceptée.' })
  revokeInvitation(@CurrentActor() actor: Actor, @Args('invitationId', { type: () => ID }) invitationId: string) {
    return this.groups.revokeInvitation(actor, invitationId);
  }

  @Mutation(() => MembershipModel, {
    description: 'Accepte l’invitation d’un lien (une seule fois, avant expiration).',
  })
  acceptInvitation(@CurrentActor() actor: Actor, @Args('token') token: string) {
    return this.groups.acceptInvitation(actor, token);
  }

  @Mutation(() => MembershipModel, { description: 'Accepte une invitation qui m’est adressée (voir myInvitations).' })
  acceptMyInvitation(@CurrentActor() actor: Actor, @Args('invitationId', { type: () => ID }) invitationId: string) {
    return this.groups.acceptInvitationById(actor, invitationId);
  }

  @ResolveField(() => String, { description: 'La charte rendue en HTML sûr (sans script ni lien javascript:).' })
  charterHtml(@Parent() group: GroupEntity): string {
    return renderMarkdown(group.charter);
  }

  @ResolveField(() => DomainModel)
  async domain(@Parent() group: GroupEntity, @Context() context: object): Promise<DomainModel> {
    const loader = requestLoader(context, 'domains', async (ids: readonly string[]) => {
      const all = new Map((await this.domains.list()).map((domain) => [domain.id, domain]));
      return ids.map((id) => all.get(id)!);
    });
    return loader.load(group.domainId);
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'Le comité auquel s’adressent ses propositions.' })
  committee(@Parent() group: GroupEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return group.committeeId ? groupLoader(context, this.groups, actor).load(group.committeeId) : null;
  }

  @ResolveField(() => [UserModel], { description: 'Les animateurs du groupe.' })
  async facilitators(
    @Parent() group: GroupEntity,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
  ): Promise<UserProfile[]> {
    const ids = await requestLoader(context, 'facilitatorIds', (groupIds: readonly string[]) =>
      this.groups.facilitatorIds(groupIds),
    ).load(group.id);
    const profiles = await userLoader(context, this.identity, actor).loadMany(ids);
    return profiles.filter((profile): profile is UserProfile => Boolean(profile) && !(profile instanceof Error));
  }

  @ResolveField(() => MembershipRoleEnum, { nullable: true, description: 'Mon rôle dans ce groupe.' })
  viewerRole(@Parent() group: GroupEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return roles(context, this.groups, actor).load(group.id);
  }

  @ResolveField(() => GroupPermissionsModel)
  async viewerPermissions(
    @Parent() group: GroupEntity,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
  ): Promise<GroupPermissionsModel> {
    const role = await roles(context, this.groups, actor).load(group.id);
    return this.groups.permissions(group, { actor, role });
  }

  @ResolveField(() => JoinRequestModel, { nullable: true, description: 'Ma demande en attente pour ce groupe.' })
  viewerJoinRequest(@Parent() group: GroupEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return requestLoader(context, 'viewerJoinRequests', (ids: readonly string[]) =>
      this.groups.pendingRequestsOf(actor, ids),
    ).load(group.id);
  }

  @ResolveField(() => MembershipConnection, { description: 'Les membres, par ancienneté (personnes connectées).' })
  members(
    @Parent() group: GroupEntity,
    @OptionalActor() actor: Actor | null,
    @Args() { first, after }: PageArgs,
    @Args('role', { type: () => MembershipRoleEnum, nullable: true }) role?: MembershipRole,
  ) {
    return this.groups.members(actor, group.id, role, first, after);
  }

  @ResolveField(() => JoinRequestConnection, { description: 'Animateurs : les demandes en attente.' })
  joinRequests(@Parent() group: GroupEntity, @CurrentActor() actor: Actor, @Args() { first, after }: PageArgs) {
    return this.groups.joinRequests(actor, group.id, first, after);
  }

  @ResolveField(() => [InvitationModel], { description: 'Animateurs : les invitations ni acceptées ni retirées.' })
  invitations(@Parent() group: GroupEntity, @CurrentActor() actor: Actor) {
    return this.groups.invitations(actor, group.id);
  }
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly groups: GroupsService,
  ) {}

  @ResolveField(() => GroupModel, { nullable: true })
  group(@Parent() membership: MembershipModel, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return groupLoader(context, this.groups, actor).load(membership.groupId);
  }

  @ResolveField(() => UserModel)
  user(@Parent() membership: MembershipModel, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return userLoader(context, this.identity, actor).load(membership.userId);
  }
}

@Resolver(() => JoinRequestModel)
export class JoinRequestResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => UserModel)
  user(@Parent() request: JoinRequestEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return userLoader(context, this.identity, actor).load(request.userId);
  }
}

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly groups: GroupsService,
  ) {}

  @ResolveField(() => UserModel, {
    nullable: true,
    description: 'La personne invitée, pour une invitation nominative.',
  })
  invitedUser(
    @Parent() invitation: InvitationEntity,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
  ) {
    return invitation.invitedUserId ? userLoader(context, this.identity, actor).load(invitation.invitedUserId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  invitedBy(@Parent() invitation: InvitationEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return userLoader(context, this.identity, actor).load(invitation.invitedBy);
  }

  /**
   * Whoever receives an invitation (its addressee, its link's holder, the group's facilitators)
   * may see which group it opens, even a members-only one.
   */
  @ResolveField(() => GroupModel)
  group(@Parent() invitation: InvitationEntity, @Context() context: object) {
    return requestLoader(context, 'invitedGroups', (ids: readonly string[]) => this.groups.invitedGroups(ids)).load(
      invitation.groupId,
    );
  }

  @ResolveField(() => Boolean, { description: 'Vrai quand elle a déjà servi.' })
  accepted(@Parent() invitation: InvitationEntity): boolean {
    return invitation.acceptedAt !== null;
  }

  @ResolveField(() => Boolean)
  expired(@Parent() invitation: InvitationEntity): boolean {
    return invitation.expiresAt <= new Date();
  }
}

@Resolver(() => AuditEntryModel)
export class AuditEntryResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly groups: GroupsService,
  ) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Qui a fait l’acte.' })
  actor(@Parent() entry: AuditEntryEntity, @Context() context: object, @OptionalActor() viewer: Actor | null) {
    return entry.actorId ? userLoader(context, this.identity, viewer).load(entry.actorId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'La personne concernée.' })
  subject(@Parent() entry: AuditEntryEntity, @Context() context: object, @OptionalActor() viewer: Actor | null) {
    return entry.subjectUserId ? userLoader(context, this.identity, viewer).load(entry.subjectUserId) : null;
  }

  @ResolveField(() => GroupModel, { nullable: true })
  group(@Parent() entry: AuditEntryEntity, @Context() context: object, @OptionalActor() viewer: Actor | null) {
    return entry.groupId ? groupLoader(context, this.groups, viewer).load(entry.groupId) : null;
  }

  @ResolveField(() => String)
  details(@Parent() entry: AuditEntryEntity): string {
    return JSON.stringify(entry.details);
  }
}
