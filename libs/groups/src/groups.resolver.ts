import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, Public, renderMarkdown, requestLoader, SignedIn } from '@ouvroir/core';
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
import { facilitatorIdsLoader, groupLoader, viewerRoleLoader } from './group-loaders';
import { GroupEntity, GroupStatus } from './group.entity';
import { GroupsService } from './groups.service';
import {
  CreateGroupInput,
  GroupConnection,
  GroupFilterInput,
  GroupModel,
  GroupPermissionsModel,
  JoinRequestModel,
  MembershipRoleEnum,
  UpdateGroupInput,
} from './models/group.models';

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly domains: DomainsService,
    private readonly identity: IdentityService,
  ) {}

  @Public()
  @Query(() => GroupConnection, {
    description: 'L’annuaire des groupes et comités, par nom : les groupes publics et ceux dont on est membre.',
  })
  async groupsDirectory(
    @OptionalActor() actor: Actor | null,
    @Context() context: object,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: GroupFilterInput,
  ) {
    const { facilitatorIds, ...page } = await this.groups.directory(actor, filter ?? {}, first, after);
    const facilitators = facilitatorIdsLoader(context, this.groups);
    for (const [groupId, userIds] of facilitatorIds) facilitators.prime(groupId, userIds);
    return page;
  }

  @Public()
  @Query(() => GroupModel, { description: 'Un groupe par son identifiant lisible.' })
  group(@OptionalActor() actor: Actor | null, @Args('slug') slug: string) {
    return this.groups.bySlug(actor, slug);
  }

  @SignedIn()
  @Mutation(() => GroupModel, {
    description: 'Administrateurs : crée un groupe ou un comité, dont on devient animateur.',
  })
  createGroup(@CurrentActor() actor: Actor, @Args('input') input: CreateGroupInput) {
    return this.groups.create(actor, input);
  }

  @SignedIn()
  @Mutation(() => GroupModel, { description: 'Animateurs : modifie le groupe.' })
  updateGroup(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: UpdateGroupInput,
  ) {
    return this.groups.update(actor, groupId, input);
  }

  @SignedIn()
  @Mutation(() => GroupModel, { description: 'Animateurs : archive le groupe (il reste lisible).' })
  archiveGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }) groupId: string) {
    return this.groups.setStatus(actor, groupId, 'archived' satisfies GroupStatus);
  }

  @SignedIn()
  @Mutation(() => GroupModel, { description: 'Animateurs : rouvre un groupe archivé.' })
  reopenGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }) groupId: string) {
    return this.groups.setStatus(actor, groupId, 'active' satisfies GroupStatus);
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
    const ids = await facilitatorIdsLoader(context, this.groups).load(group.id);
    const profiles = await userLoader(context, this.identity, actor).loadMany(ids);
    return profiles.filter((profile): profile is UserProfile => Boolean(profile) && !(profile instanceof Error));
  }

  @ResolveField(() => MembershipRoleEnum, { nullable: true, description: 'Mon rôle dans ce groupe.' })
  viewerRole(@Parent() group: GroupEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return viewerRoleLoader(context, this.groups, actor).load(group.id);
  }

  @ResolveField(() => GroupPermissionsModel)
  async viewerPermissions(
    @Parent() group: GroupEntity,
    @Context() context: object,
    @OptionalActor() actor: Actor | null,
  ): Promise<GroupPermissionsModel> {
    const role = await viewerRoleLoader(context, this.groups, actor).load(group.id);
    return this.groups.permissions(group, { actor, role });
  }

  @ResolveField(() => JoinRequestModel, { nullable: true, description: 'Ma demande en attente pour ce groupe.' })
  viewerJoinRequest(@Parent() group: GroupEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return requestLoader(context, 'viewerJoinRequests', (ids: readonly string[]) =>
      this.groups.pendingRequestsOf(actor, ids),
    ).load(group.id);
  }
}
