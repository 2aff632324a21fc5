import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { AnyDomainEvent } from '@ouvroir/contracts';
import { DOMAIN_EVENT_QUEUE, JobQueue } from '@ouvroir/core';
import { IdentityService } from '@ouvroir/identity';
import { InboxService } from '../inbox.service';
import { MailQueue } from '../mail/mail-queue.service';
import { NotificationsRepository } from '../notifications.repository';
import { PreferencesService } from '../preferences.service';
import { NoticePlanner } from './notice-planner.service';
import { SubjectReaders } from './subject-readers';

/**
 * Works the `domain-event` queue: each event becomes one notification per recipient (never its
 * actor, nor an inactive account, nor someone who may not read its subject) unless they chose
 * `never`, with its mail queued in the same transaction when they chose `immediately`; then each
 * recipient's bell is told. A job run twice stores and mails nothing twice (notification_event).
 */
@Injectable()
export class Notifier implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly planner: NoticePlanner,
    private readonly readers: SubjectReaders,
    private readonly identity: IdentityService,
    private readonly preferences: PreferencesService,
    private readonly repository: NotificationsRepository,
    private readonly mails: MailQueue,
    private readonly inbox: InboxService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<AnyDomainEvent>(DOMAIN_EVENT_QUEUE, { batchSize: 1 }, async (event) => {
      await this.handle(event);
    });
  }

  /** Handles one event; the ids of those it notified. */
  async handle(event: AnyDomainEvent): Promise<string[]> {
    const plan = await this.planner.plan(event);
    if (!plan) return [];
    const candidates = [...new Set(plan.recipients)].filter((id) => id !== event.actorId);
    const active = await this.identity.activeUsers(candidates);
    const recipients = plan.readersOnly ? await this.readers.among(active, plan.subjectType, plan.subjectId) : active;
    const cadences = await this.preferences.cadences(
      recipients.map((user) => user.id),
      plan.kind,
      plan.groupId,
    );
    const notified = await this.repository.transaction(async (manager) => {
      if (plan.autoFollow) {
        const { subjectType, subjectId, userIds } = plan.autoFollow;
        await this.repository.setFollow(manager, userIds, subjectType, subjectId, true, true);
      }
      if (plan.invitationMail && event.kind === 'group_invitation') {
        await this.mails.enqueueWithin(manager, {
          invitationId: plan.invitationMail.invitationId,
          invitation: { sealedMail: plan.invitationMail.sealedMail, groupId: event.groupId, actorId: event.actorId },
        });
      }
      const stored: string[] = [];
      for (const user of recipients) {
        const cadence = cadences.get(user.id)!;
        if (cadence === 'never') continue;
        const notification = await this.repository.store(manager, {
          eventId: event.id,
          recipientId: user.id,
          kind: plan.kind,
          subjectType: plan.subjectType,
          subjectId: plan.subjectId,
          groupId: plan.groupId,
          actorId: event.actorId,
          link: plan.link,
          data: plan.data,
          mailCadence: cadence,
        });
        if (!notification) continue;
        stored.push(user.id);
        if (cadence === 'immediately') {
          await this.mails.enqueueWithin(manager, { recipientId: user.id, notificationIds: [notification.id] });
        }
      }
      return stored;
    });
    for (const userId of notified) await this.inbox.announce(userId);
    return notified;
  }
}
