import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, IdentityService, userLoader, UserModel, actorOf } from '@ouvroir/identity';
import { GroupEntity } from './group.entity';
import { InvitationEntity } from './invitation.entity';
import { InvitationsService } from './invitations.service';
import {
  GroupModel,
  InvitationInput,
  InvitationModel,
  InvitationSentModel,
  MembershipModel,
} from './models/group.models';

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly identity: IdentityService,
  ) {}

  @SignedIn()
  @Query(() => InvitationModel, {
    description:
      'L’invitation d’un lien, pour la montrer avant de l’accepter (sans la consommer) ; seulement tant qu’elle est valable.',
  })
  invitationByToken(@CurrentActor() actor: Actor, @Args('token') token: string) {
    return this.invitations.byToken(actor, token);
  }

  @SignedIn()
  @Query(() => [InvitationModel], { description: 'Les invitations qui me sont adressées et attendent ma réponse.' })
  myInvitations(@CurrentActor() actor: Actor) {
    return this.invitations.mine(actor);
  }

  @SignedIn()
  @Mutation(() => InvitationSentModel, { description: 'Animateurs : invite une personne inscrite ou une adresse.' })
  inviteToGroup(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: InvitationInput,
  ) {
    return this.invitations.invite(actor, groupId, { userId: input.userId, email: input.email }, input.role);
  }

  @SignedIn()
  @Mutation(() => InvitationModel, { description: 'Animateurs : retire une invitation pas encore acceptée.' })
  revokeInvitation(@CurrentActor() actor: Actor, @Args('invitationId', { type: () => ID }) invitationId: string) {
    return this.invitations.revoke(actor, invitationId);
  }

  @SignedIn()
  @Mutation(() => MembershipModel, {
    description: 'Accepte l’invitation d’un lien (une seule fois, avant expiration).',
  })
  acceptInvitation(@CurrentActor() actor: Actor, @Args('token') token: string) {
    return this.invitations.accept(actor, token);
  }

  @SignedIn()
  @Mutation(() => MembershipModel, { description: 'Accepte une invitation qui m’est adressée (voir myInvitations).' })
  acceptMyInvitation(@CurrentActor() actor: Actor, @Args('invitationId', { type: () => ID }) invitationId: string) {
    return this.invitations.acceptById(actor, invitationId);
  }

  @ResolveField(() => UserModel, {
    nullable: true,
    description: 'La personne invitée, pour une invitation nominative.',
  })
  invitedUser(invitation: InvitationEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return invitation.invitedUserId ? userLoader(context, this.identity, actor).load(invitation.invitedUserId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  invitedBy(invitation: InvitationEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return userLoader(context, this.identity, actor).load(invitation.invitedBy);
  }

  /**
   * Whoever receives an invitation (its addressee, its link's holder, the group's facilitators)
   * may see which group it opens, even a members-only one.
   */
  @ResolveField(() => GroupModel)
  group(invitation: InvitationEntity, _args: unknown, context: object) {
    return requestLoader(context, 'invitedGroups', (ids: readonly string[]) =>
      this.invitations.invitedGroups(ids),
    ).load(invitation.groupId);
  }

  @ResolveField(() => Boolean, { description: 'Vrai quand elle a déjà servi.' })
  accepted(invitation: InvitationEntity): boolean {
    return invitation.acceptedAt !== null;
  }

  @ResolveField(() => Boolean)
  expired(invitation: InvitationEntity): boolean {
    return invitation.expiresAt <= new Date();
  }
}

/** A group's open invitations, on the group. */
@Resolver(() => GroupModel)
export class GroupInvitationsResolver {
  constructor(private readonly invitationsService: InvitationsService) {}

  @ResolveField(() => [InvitationModel], { description: 'Animateurs : les invitations ni acceptées ni retirées.' })
  invitations(@Parent() group: GroupEntity, @CurrentActor() actor: Actor) {
    return this.invitationsService.ofGroup(actor, group.id);
  }
}
