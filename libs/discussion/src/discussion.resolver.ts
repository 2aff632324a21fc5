import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, renderMarkdown, requestLoader } from '@ouvroir/core';
import { GroupEntity, GroupModel } from '@ouvroir/groups';
import { Actor, CurrentActor, OptionalActor, personField } from '@ouvroir/identity';
import { ProposalEntity, ProposalModel } from '@ouvroir/proposals';
import { ChannelEntity } from './discussion.entity';
import { DiscussionService } from './discussion.service';
import {
  CHANNEL_PAGE_MAX,
  ChannelModel,
  ChannelPermissionsModel,
  MessageModel,
  MessagePage,
} from './models/discussion.models';

@Resolver(() => ChannelModel)
export class ChannelResolver {
  constructor(private readonly discussion: DiscussionService) {}

  @Query(() => ChannelModel, { description: 'Un salon.' })
  async channel(@OptionalActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return (await this.discussion.open(actor, id)).channel;
  }

  @ResolveField(() => MessagePage, { description: 'L’historique, les plus récents d’abord.' })
  messages(
    @Parent() channel: ChannelEntity,
    @OptionalActor() actor: Actor | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => ID, nullable: true }) before?: string,
  ) {
    if (first < 1 || first > CHANNEL_PAGE_MAX) {
      throw new DomainError('BAD_USER_INPUT', `Entre 1 et ${CHANNEL_PAGE_MAX} messages par page.`, { field: 'first' });
    }
    return this.discussion.history(actor, channel.id, first, before ?? undefined);
  }

  @ResolveField(() => Int, { description: 'Les messages des autres que je n’ai pas encore lus.' })
  unreadCount(@Parent() channel: ChannelEntity, @Context() context: object, @OptionalActor() actor: Actor | null) {
    return requestLoader(context, 'unreadMessages', (ids: readonly string[]) =>
      this.discussion.unread(actor, ids),
    ).load(channel.id);
  }

  @ResolveField(() => ChannelPermissionsModel, { description: 'Ce que je peux faire dans ce salon.' })
  async viewerPermissions(@Parent() channel: ChannelEntity, @OptionalActor() actor: Actor | null) {
    return this.discussion.accessTo(actor, channel);
  }

  @Mutation(() => MessageModel, { description: 'Écrit dans un salon (les clients en direct passent par Socket.IO).' })
  postMessage(
    @CurrentActor() actor: Actor,
    @Args('channelId', { type: () => ID }) channelId: string,
    @Args('body') body: string,
  ) {
    return this.discussion.post(actor, channelId, body);
  }

  @Mutation(() => MessageModel, { description: 'Son auteur modifie un message.' })
  editMessage(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.discussion.edit(actor, id, body);
  }

  @Mutation(() => MessageModel, { description: 'Son auteur supprime un message.' })
  deleteMessage(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.discussion.delete(actor, id);
  }

  @Mutation(() => MessageModel, {
    description: 'Animateurs : retire le message de quelqu’un, avec un motif (journal).',
  })
  removeMessage(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.discussion.remove(actor, id, reason);
  }

  @Mutation(() => Boolean, { description: 'Marque le salon comme lu jusqu’à ce message.' })
  async markChannelRead(
    @CurrentActor() actor: Actor,
    @Args('channelId', { type: () => ID }) channelId: string,
    @Args('messageId', { type: () => ID }) messageId: string,
  ) {
    await this.discussion.markRead(actor, channelId, messageId);
    return true;
  }
}

@Resolver(() => MessageModel)
export class MessageResolver {
  @ResolveField(() => String, { description: 'Le message en HTML sûr (Markdown rendu côté serveur).' })
  bodyHtml(@Parent() message: MessageModel) {
    return renderMarkdown(message.body);
  }
}

@Resolver(() => GroupModel)
export class GroupChannelResolver {
  constructor(private readonly discussion: DiscussionService) {}

  @ResolveField(() => ChannelModel, { description: 'Le salon du groupe.' })
  channel(@Parent() group: GroupEntity, @OptionalActor() actor: Actor | null) {
    return this.discussion.channelOfGroup(actor, group.id);
  }
}

@Resolver(() => ProposalModel)
export class ProposalChannelResolver {
  constructor(private readonly discussion: DiscussionService) {}

  @ResolveField(() => ChannelModel, { description: 'Le salon de la proposition.' })
  channel(@Parent() proposal: ProposalEntity, @OptionalActor() actor: Actor | null) {
    return this.discussion.channelOfProposal(actor, proposal.id);
  }
}

export const MessageAuthorResolver = personField(MessageModel, 'authorId', 'Qui l’a écrit.');

/** Every resolver of the library: the module provides them, the schema printer lists them. */
export const DISCUSSION_RESOLVERS = [
  ChannelResolver,
  MessageResolver,
  GroupChannelResolver,
  ProposalChannelResolver,
  MessageAuthorResolver,
];
