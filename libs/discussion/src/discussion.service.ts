import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { DomainError, LiveEvents, renderMarkdown, validText } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { ProposalsService } from '@ouvroir/proposals';
import { ChannelEntity, MessageEntity } from './discussion.entity';
import { DiscussionRepository } from './discussion.repository';

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
const REASON_MAX = 1000;

const notFound = () => new DomainError('NOT_FOUND', 'Ce salon n’existe pas, ou il ne vous est pas visible.');

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
    const admin = actor?.platformRole === 'admin';
    if (channel.groupId) {
      const standing = await this.groups.standing(actor, channel.groupId);
      if (!standing) throw notFound();
      const role = standing.role;
      return {
        read: admin || role !== null,
        post: admin || role === 'facilitator' || role === 'member',
        moderate: admin || role === 'facilitator',
      };
    }
    const proposal = await this.proposals.get(actor, channel.proposalId!);
    const [viewer] = await this.proposals.viewersOf(actor, [proposal]);
    const permissions = this.proposals.permissions(proposal, viewer);
    return { read: true, post: permissions.comment, moderate: permissions.moderate };
  }

  /** A channel the actor may read, and what else they may do there. */
  async open(actor: Actor | null, channelId: string): Promise<{ channel: ChannelEntity; access: ChannelAccess }> {
    const channel = await this.repository.findChannel(channelId);
    if (!channel) throw notFound();
    const access = await this.accessTo(actor, channel);
    if (!access.read) throw new DomainError('FORBIDDEN', 'Ce salon est réservé aux membres du groupe.');
    return { channel, access };
  }

  /** A page of history, newest first. */
  async history(actor: Actor | null, channelId: string, first: number, before?: string) {
    const { channel } = await this.open(actor, channelId);
    if (before !== undefined && !/^\d{1,18}$/.test(before)) {
      throw new DomainError('BAD_USER_INPUT', 'Curseur d’historique invalide.', { field: 'before' });
    }
    const rows = await this.repository.history(channel.id, first, before);
    return { messages: rows.slice(0, first), hasMore: rows.length > first };
  }

  /** What a reconnecting client missed after the message `after`, oldest first, in a channel it has opened. */
  async missed(channel: ChannelEntity, after: string): Promise<MessageEntity[]> {
    if (!/^\d{1,18}$/.test(after)) {
      throw new DomainError('BAD_USER_INPUT', 'Identifiant de dernier message invalide.', { field: 'after' });
    }
    return this.repository.after(channel.id, after);
  }

  async post(actor: Actor, channelId: string, body: unknown): Promise<MessageEntity> {
    const { channel, access } = await this.open(actor, channelId);
    if (!access.post) throw new DomainError('FORBIDDEN', 'Vous pouvez lire ce salon, mais pas y écrire.');
    const text = this.validBody(body);
    if ((await this.repository.sentRecently(actor.id, RATE_SECONDS)) >= RATE_COUNT) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Pas plus de ${RATE_COUNT} messages en ${RATE_SECONDS} secondes : patientez un instant, votre message n’est pas perdu.`,
      );
    }
    const message = await this.repository.insertMessage(channel.id, actor.id, text);
    await this.announce('message', message, actor.displayName);
    return message;
  }

  /** Its author rewrites a message. */
  async edit(actor: Actor, messageId: string, body: unknown): Promise<MessageEntity> {
    const message = await this.ownMessage(actor, messageId);
    const edited = await this.repository.updateMessage(message.id, {
      body: this.validBody(body),
      editedAt: new Date(),
    });
    await this.announce('message:updated', edited, actor.displayName);
    return edited;
  }

  /** Its author deletes a message: it stays in the history as « message supprimé ». */
  async delete(actor: Actor, messageId: string): Promise<MessageEntity> {
    const message = await this.ownMessage(actor, messageId);
    const deleted = await this.repository.updateMessage(message.id, { body: '', status: 'deleted' });
    await this.announce('message:updated', deleted, actor.displayName);
    return deleted;
  }

  /** A facilitator removes someone's message, with a reason kept in the journal. */
  async remove(actor: Actor, messageId: string, reason: string): Promise<MessageEntity> {
    const message = await this.repository.findMessage(messageId);
    if (!message) throw new DomainError('NOT_FOUND', 'Ce message n’existe pas.');
    const { channel, access } = await this.open(actor, message.channelId);
    if (!access.moderate) throw new DomainError('FORBIDDEN', 'Seuls les animateurs peuvent retirer un message.');
    if (message.status !== 'visible') throw new DomainError('CONFLICT', 'Ce message est déjà retiré ou supprimé.');
    const why = validText(reason, REASON_MAX, 'reason', 'Le motif', true);
    const removed = await this.repository.transaction(async (manager) => {
      await manager.update(MessageEntity, { id: message.id }, { body: '', status: 'removed', removalReason: why });
      await this.audit.record(manager, {
        action: 'message_removed',
        actorId: actor.id,
        groupId: channel.groupId ?? (await this.proposals.get(actor, channel.proposalId!)).groupId,
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
    if (!/^\d{1,18}$/.test(messageId)) {
      throw new DomainError('BAD_USER_INPUT', 'Identifiant de message invalide.', { field: 'messageId' });
    }
    await this.repository.markRead(channel.id, actor.id, messageId);
  }

  /** Unread messages of others in channels the caller already showed. */
  async unread(actor: Actor | null, channelIds: readonly string[]): Promise<number[]> {
    if (!actor) return channelIds.map(() => 0);
    const counts = await this.repository.unread(actor.id, channelIds);
    return channelIds.map((id) => counts.get(id) ?? 0);
  }

  /** The channel a group's members discuss in, if it exists yet (to end a removed member's live view). */
  async channelIdOfGroup(groupId: string): Promise<string> {
    return (await this.repository.channelOf({ groupId })).id;
  }

  private async ownMessage(actor: Actor, messageId: string): Promise<MessageEntity> {
    const message = await this.repository.findMessage(messageId);
    if (!message) throw new DomainError('NOT_FOUND', 'Ce message n’existe pas.');
    await this.open(actor, message.channelId);
    if (message.authorId !== actor.id) throw new DomainError('FORBIDDEN', 'Seul son auteur peut modifier ce message.');
    if (message.status !== 'visible') throw new DomainError('CONFLICT', 'Ce message est retiré ou supprimé.');
    return message;
  }

  private validBody(body: unknown): string {
    if (typeof body !== 'string')
      throw new DomainError('BAD_USER_INPUT', 'Le message doit être un texte.', { field: 'body' });
    return validText(body, MESSAGE_MAX, 'body', 'Le message', true);
  }

  /** Messages as live connections receive them, with their authors' names (one query for all). */
  async payloads(messages: MessageEntity[]) {
    const authors = await this.identity.profilesByIds(null, [...new Set(messages.map((m) => m.authorId))]);
    const names = new Map(authors.filter((a) => a !== null).map((author) => [author!.id, author!.displayName]));
    return messages.map((message) => livePayload(message, names.get(message.authorId) ?? ''));
  }

  /** Announces a message to its channel's room; `authorName` when the caller knows it (the actor). */
  private async announce(name: 'message' | 'message:updated', message: MessageEntity, authorName?: string) {
    const payload = authorName === undefined ? (await this.payloads([message]))[0] : livePayload(message, authorName);
    this.live.emit(`channel:${message.channelId}`, name, payload);
  }
}

/** A message as live connections receive it. */
export const livePayload = (message: MessageEntity, authorName: string) => ({
  id: message.id,
  channelId: message.channelId,
  author: { id: message.authorId, displayName: authorName },
  body: message.body,
  bodyHtml: renderMarkdown(message.body),
  status: message.status,
  removalReason: message.removalReason,
  createdAt: message.createdAt.toISOString(),
  editedAt: message.editedAt?.toISOString() ?? null,
});
