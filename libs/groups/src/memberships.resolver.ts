import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, IdentityService, OptionalActor, userLoader, UserModel, actorOf } from '@ouvroir/identity';
import { groupLoader } from './group-loaders';
import { GroupEntity } from './group.entity';
import { GroupsService } from './groups.service';
import { MembershipRole } from './membership.entity';
import { MembershipsService } from './memberships.service';
import { GroupModel, MembershipConnection, MembershipModel, MembershipRoleEnum } from './models/group.models';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
  ) {}

  @SignedIn()
  @Mutation(() => MembershipModel, { description: 'Rejoint un groupe ouvert.' })
  joinGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }) groupId: string) {
    return this.memberships.join(actor, groupId);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Quitte un groupe (sauf le dernier animateur).' })
  async leaveGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }) groupId: string) {
    await this.memberships.leave(actor, groupId);
    return true;
  }

  @SignedIn()
  @Mutation(() => MembershipModel, { description: 'Animateurs : ajoute directement une personne inscrite.' })
  addMember(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => MembershipRoleEnum }) role: MembershipRole,
  ) {
    return this.memberships.addMember(actor, groupId, userId, role);
  }

  @SignedIn()
  @Mutation(() => MembershipModel, { description: 'Animateurs : change le rôle d’un membre.' })
  changeMemberRole(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => MembershipRoleEnum }) role: MembershipRole,
  ) {
    return this.memberships.changeRole(actor, groupId, userId, role);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Animateurs : retire un membre du groupe.' })
  async removeMember(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    await this.memberships.removeMember(actor, groupId, userId, reason);
    return true;
  }

  @ResolveField(() => GroupModel, { nullable: true })
  group(membership: MembershipModel, _args: unknown, context: object) {
    const actor = actorOf(context);
    return groupLoader(context, this.groups, actor).load(membership.groupId);
  }

  @ResolveField(() => UserModel)
  user(membership: MembershipModel, _args: unknown, context: object) {
    const actor = actorOf(context);
    return userLoader(context, this.identity, actor).load(membership.userId);
  }
}

/** A group's members, on the group. */
@Resolver(() => GroupModel)
export class GroupMembersResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @ResolveField(() => MembershipConnection, { description: 'Les membres, par ancienneté (personnes connectées).' })
  members(
    @Parent() group: GroupEntity,
    @OptionalActor() actor: Actor | null,
    @Args() { first, after }: PageArgs,
    @Args('role', { type: () => MembershipRoleEnum, nullable: true }) role?: MembershipRole,
  ) {
    return this.memberships.members(actor, group.id, role, first, after);
  }
}
