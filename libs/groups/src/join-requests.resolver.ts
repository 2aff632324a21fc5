import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, IdentityService, userLoader, UserModel, actorOf } from '@ouvroir/identity';
import { GroupEntity } from './group.entity';
import { JoinRequestEntity } from './join-request.entity';
import { JoinRequestsService } from './join-requests.service';
import { GroupModel, JoinRequestConnection, JoinRequestModel } from './models/group.models';

@Resolver(() => JoinRequestModel)
export class JoinRequestResolver {
  constructor(
    private readonly joinRequests: JoinRequestsService,
    private readonly identity: IdentityService,
  ) {}

  @SignedIn()
  @Mutation(() => JoinRequestModel, { description: 'Demande à rejoindre un groupe sur demande.' })
  requestToJoinGroup(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('message', { nullable: true }) message?: string,
  ) {
    return this.joinRequests.requestToJoin(actor, groupId, message);
  }

  @SignedIn()
  @Mutation(() => JoinRequestModel, { description: 'Animateurs : accepte une demande ou la refuse avec un motif.' })
  decideJoinRequest(
    @CurrentActor() actor: Actor,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('accept') accept: boolean,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.joinRequests.decide(actor, requestId, accept, reason);
  }

  @ResolveField(() => UserModel)
  user(request: JoinRequestEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return userLoader(context, this.identity, actor).load(request.userId);
  }
}

/** A group's pending requests, on the group. */
@Resolver(() => GroupModel)
export class GroupJoinRequestsResolver {
  constructor(private readonly joinRequestsService: JoinRequestsService) {}

  @ResolveField(() => JoinRequestConnection, { description: 'Animateurs : les demandes en attente.' })
  joinRequests(@Parent() group: GroupEntity, @CurrentActor() actor: Actor, @Args() { first, after }: PageArgs) {
    return this.joinRequestsService.pending(actor, group.id, first, after);
  }
}
