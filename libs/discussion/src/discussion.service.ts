import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import {
  DomainError,
  DomainEvents,
  LiveEvents,
  liveRoom,
  mentionsIn,
  renderMarkdown,
  SearchIndex,
  validText,
} from '@ouvroir/core';
import { channelRoom, unreadRoom } from './discussion-rooms';
import { GroupEntity, GroupsService, MEMBERSHIP_ROLES } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { ProposalEntity, ProposalsService } from '@ouvroir/proposals';
import { ChannelEntity, isMessageId, MessageEntity } from './discussion.entity';
import { DiscussionRepository } from './discussion.repository';
import { messageDocument } from './message-search';
import { EntityManager } from 'typeorm';

/** What someone may do in a channel. */
export interface ChannelAccess {
  read: boolean;
  post: boolean;
  moderate: boolean;
}

export const MESSAGE_MAX = 10_000;
/** At most RATE_COUNT messages per member within RATE_SECONDS, across channels. */
export const RATE_COUNT = 10;
export const RATE_SECONDS = 5;
/** At most this many people mentioned in one message. */
export const MENTIONS_MAX = 20;
const REASON_MAX = 1000;

/**
 * A channel, what the actor may do there, and the group it belongs to (its own, or its proposal's);
 * `group` or `proposal` is its subject.
 */
type OpenChannel = { channel: ChannelEntity; access: ChannelAccess; groupId: string } & (
  { group: GroupEntity; proposal: null } | { group: null; proposal: ProposalEntity }
);

/** A message id from a client, or BAD_USER_INPUT on `field`, saying `what` it was meant to be. */
function validMessageId(value: string, field: string, what: string): void {
  if (!isMessageId(value)) throw DomainError.of('MESSAGE_ID_INVALID', { field, what });
}

const notFound = () => DomainError.of('CHANNEL_NOT_FOUND');

/**
 * Channels (*salons*) and their messages. A group's channel is read by its members and written by
 * its facilitators and members; a proposal's channel follows the proposal's own rules (who reads
 * it, who comments, who moderates). Messages are stored first, then announced to the channel's
 * room through LiveEvents.
 */
@Injectable()
export class DiscussionService {
  constructor(
    private readonly repository: DiscussionRepository,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly identity: IdentityService,
    private readonly events: DomainEvents,
    private readonly search: SearchIndex,
  ) {}

  async channelOfGroup(actor: Actor | null, groupId: string): Promise<ChannelEntity> {
    if (!(await this.groups.standing(actor, groupId))) throw notFound();
    return this.repository.channelOf({ groupId });
  }

  async channelOfProposal(actor: Actor | null, proposalId: string): Promise<ChannelEntity> {
    await this.proposals.get(actor, proposalId);
    return this.repository.channelOf({ proposalId });
  }

  async accessTo(actor: Actor | null, channel: ChannelEntity): Promise<ChannelAccess> {
    return (await this.subject(actor, channel)).access;
  }

  /** A channel the actor may read, what else they may do there, and its group. */
  async open(actor: Actor | null, channelId: string): Promise<OpenChannel> {
    const channel = await this.repository.findChannel(channelId);
    if (!channel) throw notFound();
    const opened = await this.subject(actor, channel);
    if (!opened.access.read) throw DomainError.of('CHANNEL_MEMBERS_ONLY');
    return opened;
  }

  /**
   * The actor's channels, for the navigation's unread counts: those of their groups, and those of
   * proposals they still may read where they have read or were mentioned; the most active first.
   */
  async myChannels(actor: Actor): Promise<ChannelEntity[]> {
    const groupIds = await this.groups.groupIdsWithRole(actor, [...MEMBERSHIP_ROLES]);
    await this.repository.ensureGroupChannels(groupIds);
    const channels = await this.repository.channelsOfReader(actor.id, groupIds);
    const proposalIds = channels.flatMap((channel) => (channel.proposalId ? [channel.proposalId] : []));
    const readable = new Set(
      (await this.proposals.visibleByIds(actor, proposalIds)).flatMap((proposal) => (proposal ? [proposal.id] : [])),
    );
    return channels.filter((channel) => channel.groupId || readable.has(channel.proposalId!));
  }

  /**
   * Whom a message of this channel may mention, matching `search` by name: the group's members;
   * on a proposal's channel, its authors and the group's members who read it (a draft: facilitators).
   */
  async mentionable(actor: Actor, channelId: string, search: string, first: number) {
    const opened = await this.open(actor, channelId);
    const ids = (await this.mentionableIds(opened)).filter((id) => id !== actor.id);
    return this.identity.namedAmong(actor, ids, search, first);
  }

  /** A page of history, newest first. */
  async history(actor: Actor | null, channelId: string, first: number, before?: string) {
    const { channel } = await this.open(actor, channelId);
    if (before !== undefined) validMessageId(before, 'before', 'Curseur d’historique');
    const rows = await this.repository.history(channel.id, first, before);
    return { messages: rows.slice(0, first), hasMore: rows.length > first };
  }

  /** What a reconnecting client missed after the message `after`, oldest first, in a channel it has opened. */
  async missed(channel: ChannelEntity, after: string): Promise<MessageEntity[]> {
    validMessageId(after, 'after', 'Identifiant de dernier message');
    return this.repository.after(channel.id, after);
  }

  async post(actor: Actor, channelId: string, body: unknown): Promise<MessageEntity> {
    const opened = await this.open(actor, channelId);
    if (!opened.access.post) throw DomainError.of('CHANNEL_READ_ONLY');
    const text = this.validBody(body);
    const mentionIds = await this.validMentions(actor, opened, text);
    const message = await this.repository.insertMessage(
      opened.channel.id,
      actor.id,
      text,
      mentionIds,
      { count: RATE_COUNT, seconds: RATE_SECONDS },
      async (manager, inserted) => {
        await this.publishMentions(manager, actor, opened, inserted.id, mentionIds);
        await this.search.upsert(manager, messageDocument(inserted, opened));
      },
    );
    if (!message) {
      throw DomainError.of('MESSAGE_RATE_LIMITED', { count: RATE_COUNT, seconds: RATE_SECONDS });
    }
    await this.announce('message', message, actor.displayName);
    // For the navigation's unread counts of those who follow the channel without showing it.
    this.live.emit(unreadRoom(message.channelId), 'channel:activity', {
      channelId: message.channelId,
      messageId: message.id,
      authorId: actor.id,
    });
    this.announceMentions(actor, message, mentionIds);
    return message;
  }

  /** Its author rewrites a message; people it newly mentions are told. */
  async edit(actor: Actor, messageId: string, body: unknown): Promise<MessageEntity> {
    const { message, opened } = await this.ownMessage(actor, messageId);
    const text = this.validBody(body);
    const { message: edited, mentioned } = await this.repository.updateMessage(
      message.id,
      { body: text, editedAt: new Date() },
      await this.validMentions(actor, opened, text),
      async (manager, added) => {
        await this.publishMentions(manager, actor, opened, message.id, added);
        await this.search.upsert(manager, messageDocument({ ...message, body: text, editedAt: new Date() }, opened));
      },
    );
    await this.announce('message:updated', edited, actor.displayName);
    this.announceMentions(actor, edited, mentioned);
    return edited;
  }

  /** Its author deletes a message: it stays in the history as « message supprimé ». */
  async delete(actor: Actor, messageId: string): Promise<MessageEntity> {
    const { message } = await this.ownMessage(actor, messageId);
    const { message: deleted } = await this.repository.updateMessage(
      message.id,
      { body: '', status: 'deleted' },
      undefined,
      (manager) => this.search.remove(manager, 'message', message.id),
    );
    await this.announce('message:updated', deleted, actor.displayName);
    return deleted;
  }

  /** A facilitator removes someone's message, with a reason kept in the journal. */
  async remove(actor: Actor, messageId: string, reason: string): Promise<MessageEntity> {
    const message = await this.repository.findMessage(messageId);
    if (!message) throw DomainError.of('MESSAGE_NOT_FOUND');
    const { groupId, access } = await this.open(actor, message.channelId);
    if (!access.moderate) throw DomainError.of('MESSAGE_REMOVAL_FACILITATORS_ONLY');
    if (message.status !== 'visible') throw DomainError.of('MESSAGE_ALREADY_REMOVED');
    const why = validText(reason, REASON_MAX, 'reason', 'Le motif', true);
    const removed = await this.repository.transaction(async (manager) => {
      await manager.update(MessageEntity, { id: message.id }, { body: '', status: 'removed', removalReason: why });
      await this.search.remove(manager, 'message', message.id);
      await this.audit.record(manager, {
        action: 'message_removed',
        actorId: actor.id,
        groupId,
        targetType: 'message',
        targetId: message.id,
        subjectUserId: message.authorId,
        details: { reason: why },
      });
      return manager.findOneByOrFail(MessageEntity, { id: message.id });
    });
    await this.announce('message:updated', removed);
    return removed;
  }

  async markRead(actor: Actor, channelId: string, messageId: string): Promise<void> {
    const { channel } = await this.open(actor, channelId);
    validMessageId(messageId, 'messageId', 'Identifiant de message');
    await this.repository.markRead(channel.id, actor.id, messageId);
    // The actor's other pages (the navigation, other tabs) update their counts.
    this.live.emit(liveRoom.user(actor.id), 'channel:read', { channelId: channel.id, lastReadId: messageId });
  }

  /** Unread messages of others, and how many of them mention the actor, in channels the caller already showed. */
  async unread(actor: Actor | null, channelIds: readonly string[]): Promise<{ messages: number; mentions: number }[]> {
    const none = { messages: 0, mentions: 0 };
    if (!actor) return channelIds.map(() => none);
    const counts = await this.repository.unread(actor.id, channelIds);
    return channelIds.map((id) => counts.get(id) ?? none);
  }

  private async ownMessage(actor: Actor, messageId: string): Promise<{ message: MessageEntity; opened: OpenChannel }> {
    const message = await this.repository.findMessage(messageId);
    if (!message) throw DomainError.of('MESSAGE_NOT_FOUND');
    const opened = await this.open(actor, message.channelId);
    if (message.authorId !== actor.id) throw DomainError.of('MESSAGE_AUTHOR_ONLY');
    if (message.status !== 'visible') throw DomainError.of('MESSAGE_NOT_VISIBLE');
    return { message, opened };
  }

  /** The channel's group, and what the actor may do there: a group's roles, or its proposal's rules. */
  private async subject(actor: Actor | null, channel: ChannelEntity): Promise<OpenChannel> {
    const admin = actor?.platformRole === 'admin';
    if (channel.groupId) {
      const standing = await this.groups.standing(actor, channel.groupId);
      if (!standing) throw notFound();
      const role = standing.role;
      const access = {
        read: admin || role !== null,
        post: admin || role === 'facilitator' || role === 'member',
        moderate: admin || role === 'facilitator',
      };
      return { channel, access, groupId: channel.groupId, group: standing.group, proposal: null };
    }
    const { proposal, permissions } = await this.proposals.getWithPermissions(actor, channel.proposalId!);
    const access = { read: true, post: permissions.comment, moderate: permissions.moderate };
    return { channel, access, groupId: proposal.groupId, group: null, proposal };
  }

  /** The ids of everyone a message of this channel may mention (see `mentionable`). */
  private async mentionableIds({ groupId, proposal }: OpenChannel): Promise<string[]> {
    if (!proposal) return this.groups.memberIds(groupId);
    const [members, [authors]] = await Promise.all([
      this.groups.memberIds(groupId, proposal.state === 'draft' ? ['facilitator'] : undefined),
      this.proposals.authorsOf([proposal.id]),
    ]);
    const accepted = authors.filter((author) => author.status === 'accepted').map((author) => author.userId);
    return [...new Set([...members, ...accepted])];
  }

  /** Whom the text mentions (the author aside), each of them someone this channel may mention. */
  private async validMentions(actor: Actor, opened: OpenChannel, text: string): Promise<string[]> {
    const mentions = mentionsIn(text).filter((mention) => mention.id !== actor.id);
    if (mentions.length === 0) return [];
    if (mentions.length > MENTIONS_MAX) {
      throw DomainError.of('MENTIONS_TOO_MANY', { field: 'body', max: MENTIONS_MAX });
    }
    const allowed = new Set(await this.mentionableIds(opened));
    const strangers = mentions.filter((mention) => !allowed.has(mention.id));
    if (strangers.length) {
      throw DomainError.of('MENTION_NOT_READER', {
        field: 'body',
        names: strangers.map((s) => `« ${s.name} »`).join(', '),
      });
    }
    return mentions.map((mention) => mention.id);
  }

  /** For the notifications of those it newly mentions, in the message's transaction. */
  private async publishMentions(
    manager: EntityManager,
    actor: Actor,
    opened: OpenChannel,
    messageId: string,
    mentionedIds: string[],
  ): Promise<void> {
    if (mentionedIds.length === 0) return;
    await this.events.publish(manager, 'mention', {
      actorId: actor.id,
      channelId: opened.channel.id,
      messageId,
      mentionedIds,
      groupId: opened.proposal ? null : opened.groupId,
      proposalId: opened.proposal?.id ?? null,
    });
  }

  /** Tells each person newly mentioned, wherever they are in the application. */
  private announceMentions(actor: Actor, message: MessageEntity, userIds: string[]): void {
    for (const userId of userIds) {
      this.live.emit(liveRoom.user(userId), 'mention', {
        channelId: message.channelId,
        messageId: message.id,
        author: { id: actor.id, displayName: actor.displayName },
      });
    }
  }

  private validBody(body: unknown): string {
    if (typeof body !== 'string') throw DomainError.of('MESSAGE_NOT_TEXT', { field: 'body' });
    return validText(body, MESSAGE_MAX, 'body', 'Le message', true);
  }

  /** Messages as live connections receive them, with their authors' names (one query for all). */
  async payloads(messages: MessageEntity[]) {
    const authors = await this.identity.profilesByIds(null, [...new Set(messages.map((m) => m.authorId))]);
    const names = new Map(authors.filter((a) => a !== null).map((author) => [author.id, author.displayName]));
    return messages.map((message) => livePayload(message, names.get(message.authorId) ?? ''));
  }

  /** Announces a message to its channel's room; `authorName` when the caller knows it (the actor). */
  private async announce(name: 'message' | 'message:updated', message: MessageEntity, authorName?: string) {
    const payload = authorName === undefined ? (await this.payloads([message]))[0] : livePayload(message, authorName);
    this.live.emit(channelRoom(message.channelId), name, payload);
  }
}

/** A message as live connections receive it. */
export const livePayload = (message: MessageEntity, authorName: string) => ({
  id: message.id,
  channelId: message.channelId,
  author: { id: message.authorId, displayName: authorName },
  body: message.body,
  bodyHtml: renderMessage(message.body),
  status: message.status,
  removalReason: message.removalReason,
  createdAt: message.createdAt.toISOString(),
  editedAt: message.editedAt?.toISOString() ?? null,
  mentionIds: mentionIdsOf(message),
});

/** A message in HTML: Markdown, where a line break typed is a line break shown, as in any chat. */
export const renderMessage = (body: string) => renderMarkdown(body, { lineBreaks: true });

/** Whom a message mentions, as its body says (a deleted or removed one, nobody). */
export const mentionIdsOf = (message: Pick<MessageEntity, 'body'>) => mentionsIn(message.body).map((m) => m.id);
