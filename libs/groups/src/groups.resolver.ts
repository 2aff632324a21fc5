import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { PageArgs, Public, renderMarkdown, requestLoader, selects, SignedIn, whenKnown } from '@ouvroir/core';
import { domainLoader, DomainModel, DomainsService } from '@ouvroir/domains';
import {
  Actor,
  CurrentActor,
  IdentityService,
  OptionalActor,
  userLoader,
  UserModel,
  UserProfile,
  actorOf,
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

function* facilitatorIdsOf(byGroup: Map<string, string[]>) {
  for (const ids of byGroup.values()) yield* ids;
}

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
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { nullable: true }) filter?: GroupFilterInput,
  ) {
    const { facilitatorIds, ...page } = await this.groups.directory(actor, filter ?? {}, first, after);
    const facilitators = facilitatorIdsLoader(context, this.groups);
    for (const [groupId, userIds] of facilitatorIds) facilitators.prime(groupId, userIds);
    // Read before the page is answered, so that each group's domain and facilitators are known values.
    await Promise.all([
      selects(info, 'nodes', 'domain') &&
        domainLoader(context, this.domains).loadMany(page.nodes.map((group) => group.domainId)),
      selects(info, 'nodes', 'facilitators') &&
        userLoader(context, this.identity, actor).loadMany([...new Set(facilitatorIdsOf(facilitatorIds))]),
    ]);
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
  charterHtml(group: GroupEntity): string {
    return renderMarkdown(group.charter);
  }

  @ResolveField(() => DomainModel)
  domain(group: GroupEntity, _args: unknown, context: object) {
    return domainLoader(context, this.domains).get(group.domainId);
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'Le comité auquel s’adressent ses propositions.' })
  committee(group: GroupEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return group.committeeId ? groupLoader(context, this.groups, actor).load(group.committeeId) : null;
  }

  @ResolveField(() => [UserModel], { description: 'Les animateurs du groupe.' })
  facilitators(group: GroupEntity, _args: unknown, context: object) {
    const users = userLoader(context, this.identity, actorOf(context));
    return whenKnown(facilitatorIdsLoader(context, this.groups).get(group.id), (ids) =>
      whenKnown(users.getMany(ids), (profiles) =>
        profiles.filter((profile): profile is UserProfile => Boolean(profile) && !(profile instanceof Error)),
      ),
    );
  }

  @ResolveField(() => MembershipRoleEnum, { nullable: true, description: 'Mon rôle dans ce groupe.' })
  viewerRole(group: GroupEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return viewerRoleLoader(context, this.groups, actor).load(group.id);
  }

  @ResolveField(() => GroupPermissionsModel)
  async viewerPermissions(group: GroupEntity, _args: unknown, context: object): Promise<GroupPermissionsModel> {
    const actor = actorOf(context);
    const role = await viewerRoleLoader(context, this.groups, actor).load(group.id);
    return this.groups.permissions(group, { actor, role });
  }

  @ResolveField(() => JoinRequestModel, { nullable: true, description: 'Ma demande en attente pour ce groupe.' })
  viewerJoinRequest(group: GroupEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return requestLoader(context, 'viewerJoinRequests', (ids: readonly string[]) =>
      this.groups.pendingRequestsOf(actor, ids),
    ).load(group.id);
  }
}
