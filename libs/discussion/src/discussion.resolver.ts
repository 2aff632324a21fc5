import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, Public, requestLoader, SignedIn } from '@ouvroir/core';
import { GroupEntity, groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import { Actor, CurrentActor, OptionalActor, personField, UserModel, actorOf } from '@ouvroir/identity';
import { ProposalEntity, ProposalModel, ProposalsService } from '@ouvroir/proposals';
import { ChannelEntity } from './discussion.entity';
import { DiscussionService, mentionIdsOf, renderMessage } from './discussion.service';
import {
  CHANNEL_PAGE_MAX,
  MENTIONABLE_PAGE_MAX,
  ChannelModel,
  ChannelPermissionsModel,
  MessageModel,
  MessagePage,
} from './models/discussion.models';

@Resolver(() => ChannelModel)
export class ChannelResolver {
  constructor(
    private readonly discussion: DiscussionService,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
  ) {}

  @Public()
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
      throw DomainError.of('CHANNEL_PAGE_SIZE', { field: 'first', max: CHANNEL_PAGE_MAX });
    }
    return this.discussion.history(actor, channel.id, first, before ?? undefined);
  }

  @SignedIn()
  @Query(() => [ChannelModel], {
    description:
      'Mes salons : ceux de mes groupes, et ceux des propositions où j’ai lu ou été mentionné ; les plus actifs d’abord.',
  })
  myChannels(@CurrentActor() actor: Actor) {
    return this.discussion.myChannels(actor);
  }

  @ResolveField(() => Int, { description: 'Les messages des autres que je n’ai pas encore lus.' })
  async unreadCount(channel: ChannelEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return (await this.unread(context, actor).load(channel.id)).messages;
  }

  @ResolveField(() => Int, { description: 'Parmi eux, ceux qui me mentionnent.' })
  async unreadMentionCount(channel: ChannelEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return (await this.unread(context, actor).load(channel.id)).mentions;
  }

  @ResolveField(() => GroupModel, {
    nullable: true,
    description: 'Le groupe du salon, ou celui de sa proposition.',
  })
  async group(channel: ChannelEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    const groupId = channel.groupId ?? (await this.proposal(channel, {}, context))?.groupId;
    return groupId ? groupLoader(context, this.groups, actor).load(groupId) : null;
  }

  @ResolveField(() => ProposalModel, {
    nullable: true,
    description: 'La proposition, pour le salon d’une proposition.',
  })
  proposal(channel: ChannelEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    if (!channel.proposalId) return null;
    return requestLoader(context, 'visibleProposals', (ids: readonly string[]) =>
      this.proposals.visibleByIds(actor, ids),
    ).load(channel.proposalId);
  }

  @ResolveField(() => [UserModel], {
    description: 'Qui mentionner dans ce salon (saisie semi-automatique de « @ »), par nom.',
  })
  mentionable(
    @Parent() channel: ChannelEntity,
    @CurrentActor() actor: Actor,
    @Args('search', { defaultValue: '' }) search: string,
    @Args('first', { type: () => Int, defaultValue: 8 }) first: number,
  ) {
    if (first < 1 || first > MENTIONABLE_PAGE_MAX) {
      throw DomainError.of('MENTIONABLE_PAGE_SIZE', { field: 'first', max: MENTIONABLE_PAGE_MAX });
    }
    if (search.length > 100) {
      throw DomainError.of('SEARCH_TOO_LONG', { field: 'search', max: 100 });
    }
    return this.discussion.mentionable(actor, channel.id, search, first);
  }

  private unread(context: object, actor: Actor | null) {
    return requestLoader(context, 'unreadMessages', (ids: readonly string[]) => this.discussion.unread(actor, ids));
  }

  @ResolveField(() => ChannelPermissionsModel, { description: 'Ce que je peux faire dans ce salon.' })
  async viewerPermissions(channel: ChannelEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return this.discussion.accessTo(actor, channel);
  }

  @SignedIn()
  @Mutation(() => MessageModel, { description: 'Écrit dans un salon (les clients en direct passent par Socket.IO).' })
  postMessage(
    @CurrentActor() actor: Actor,
    @Args('channelId', { type: () => ID }) channelId: string,
    @Args('body') body: string,
  ) {
    return this.discussion.post(actor, channelId, body);
  }

  @SignedIn()
  @Mutation(() => MessageModel, { description: 'Son auteur modifie un message.' })
  editMessage(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.discussion.edit(actor, id, body);
  }

  @SignedIn()
  @Mutation(() => MessageModel, { description: 'Son auteur supprime un message.' })
  deleteMessage(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.discussion.delete(actor, id);
  }

  @SignedIn()
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

  @SignedIn()
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
  bodyHtml(message: MessageModel) {
    return renderMessage(message.body);
  }

  @ResolveField(() => [ID], { description: 'Les personnes que le message mentionne.' })
  mentionIds(message: MessageModel) {
    return mentionIdsOf(message);
  }
}

@Resolver(() => GroupModel)
export class GroupChannelResolver {
  constructor(private readonly discussion: DiscussionService) {}

  @ResolveField(() => ChannelModel, { description: 'Le salon du groupe.' })
  channel(group: GroupEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return this.discussion.channelOfGroup(actor, group.id);
  }
}

@Resolver(() => ProposalModel)
export class ProposalChannelResolver {
  constructor(private readonly discussion: DiscussionService) {}

  @ResolveField(() => ChannelModel, { description: 'Le salon de la proposition.' })
  channel(proposal: ProposalEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
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
