import { CallsService } from '@ouvroir/calls';
import { Injectable } from '@nestjs/common';
import { AppConfig, derivedKey, DomainError, InjectConfig, unseal } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { ProposalsService } from '@ouvroir/proposals';
import { VotesService } from '@ouvroir/votes';
import { ADDRESSED_KINDS } from '../delivery/notice-plan';
import { asReader } from '../delivery/subject-readers';
import { MailDeliveryEntity, NotificationEntity, NotificationSubject } from '../notification.entity';
import { NotificationsRepository } from '../notifications.repository';
import type { InvitationMail } from './mail-queue.service';
import { KIND_NAMES, linkTextOf, render, RenderedMail, sentence } from './mail-templates';
import { UnsubscribeService } from './unsubscribe.service';

export type ComposedMail = (RenderedMail & { to: string; unsubscribeUrl: string | null }) | { skip: string };

/**
 * A delivery's mail, written at send time from what its recipient may read then: an account
 * suspended or erased since gets nothing, a proposal hidden since is left out, titles are today's.
 */
@Injectable()
export class MailComposer {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly identity: IdentityService,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly votes: VotesService,
    private readonly calls: CallsService,
    private readonly unsubscribe: UnsubscribeService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async compose(delivery: MailDeliveryEntity, invitation?: InvitationMail): Promise<ComposedMail> {
    if (invitation) return this.invitation(invitation);
    const [user] = await this.identity.activeUsers(delivery.recipientId ? [delivery.recipientId] : []);
    if (!user) return { skip: 'Compte suspendu ou effacé' };
    if (!user.email) return { skip: 'Compte sans adresse électronique' };
    const reader = asReader(user);
    const notifications = await this.repository.byIds(user.id, delivery.notificationIds);
    const items = (await Promise.all(notifications.map((notification) => this.item(reader, notification)))).filter(
      (item) => item !== null,
    );
    if (items.length === 0) return { skip: 'Plus rien à dire : les sujets ne sont plus lisibles' };
    const digest = delivery.digestPeriod;
    const main = this.mainKind(notifications);
    const subject = digest
      ? `Ouvroir : votre résumé ${digest.startsWith('daily') ? 'du jour' : 'de la semaine'} (${items.length} notification${items.length > 1 ? 's' : ''})`
      : `Ouvroir : ${items[0].sentence}`;
    const unsubscribeUrl = this.unsubscribe.url({
      userId: user.id,
      kind: main.kind,
      groupId: digest ? null : main.groupId,
    });
    const group = !digest && main.groupId ? await this.groups.standing(reader, main.groupId) : null;
    const rendered = render({
      subject,
      heading: digest
        ? digest.startsWith('daily')
          ? 'Votre résumé du jour'
          : 'Votre résumé de la semaine'
        : 'Du nouveau sur Ouvroir',
      items,
      preferencesUrl: `${this.config.publicUrl}/notifications/preferences`,
      unsubscribe: {
        url: unsubscribeUrl,
        what: group ? `${KIND_NAMES[main.kind]} (groupe « ${group.group.name} »)` : KIND_NAMES[main.kind],
      },
    });
    return { ...rendered, to: user.email, unsubscribeUrl };
  }

  /** The kind a mail's one-click link unsubscribes from: a single mail's, or a digest's most frequent. */
  private mainKind(notifications: NotificationEntity[]): NotificationEntity {
    const counts = new Map<string, number>();
    for (const notification of notifications) counts.set(notification.kind, (counts.get(notification.kind) ?? 0) + 1);
    return [...notifications].sort((a, b) => counts.get(b.kind)! - counts.get(a.kind)!)[0];
  }

  private async item(reader: Actor, notification: NotificationEntity) {
    const subjectTitle = ADDRESSED_KINDS.includes(notification.kind)
      ? ((await this.groups.groupForNotices(notification.subjectId))?.name ?? null)
      : await this.titleFor(reader, notification.subjectType, notification.subjectId);
    if (subjectTitle === null) return null;
    const [actor] = notification.actorId ? await this.identity.profilesByIds(reader, [notification.actorId]) : [null];
    const url = `${this.config.publicUrl}${notification.link}`;
    return {
      sentence: sentence({
        kind: notification.kind,
        count: notification.count,
        actorName: actor?.displayName ?? null,
        subjectTitle,
        data: notification.data,
        url,
      }),
      url,
      linkText: linkTextOf(notification.subjectType, subjectTitle),
    };
  }

  /** The subject's title as the reader may see it; null when they no longer may. */
  private async titleFor(reader: Actor, subjectType: NotificationSubject, subjectId: string): Promise<string | null> {
    if (subjectType === 'group') return (await this.groups.standing(reader, subjectId))?.group.name ?? null;
    if (subjectType === 'proposal') return (await this.proposals.visibleByIds(reader, [subjectId]))[0]?.title ?? null;
    const read =
      subjectType === 'call'
        ? this.calls.get(reader, subjectId).then(({ call }) => call)
        : this.votes.get(reader, subjectId);
    return read.then(
      (subject) => subject.title,
      (error: unknown) => {
        if (error instanceof DomainError) return null;
        throw error;
      },
    );
  }

  private async invitation(invitation: InvitationMail): Promise<ComposedMail> {
    const { email, link } = JSON.parse(unseal(derivedKey(this.config, 'mail:invitation'), invitation.sealedMail)) as {
      email: string;
      link: string;
    };
    const group = await this.groups.groupForNotices(invitation.groupId);
    if (!group) return { skip: 'Groupe supprimé' };
    const [inviter] = await this.identity.profilesByIds(null, [invitation.actorId]);
    const who = inviter?.displayName ?? 'Un animateur';
    const subject = `Ouvroir : ${who} vous invite à rejoindre le groupe « ${group.name} »`;
    const rendered = render({
      subject,
      heading: `Invitation au groupe « ${group.name} »`,
      items: [
        {
          sentence: `${who} vous invite à rejoindre le groupe « ${group.name} » sur Ouvroir, la plateforme des communs numériques éducatifs. Le lien est valable 14 jours et ne sert qu’une fois.`,
          url: link,
          linkText: `Accepter l’invitation au groupe « ${group.name} »`,
        },
      ],
      preferencesUrl: `${this.config.publicUrl}/`,
      unsubscribe: null,
    });
    return { ...rendered, to: email, unsubscribeUrl: null };
  }
}
