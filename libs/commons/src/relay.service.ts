import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { COMMON_LIMITS } from '@ouvroir/contracts';
import { DomainError, DomainEvents, JobQueue, validText } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { CommonsAccessService } from './commons-access.service';
import { commonsPolicy } from './commons.policy';
import { CommonsRepository } from './commons.repository';

export const MAINTENANCE_QUEUE = 'commons-maintenance-due';
/** Commons reminded per run: the rest wait for the next day's. */
const REMINDERS_PER_RUN = 500;

/**
 * What reaches the maintainers without showing anyone's address: messages relayed to their
 * notifications, and the yearly reminder to confirm they still maintain.
 */
@Injectable()
export class RelayService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RelayService.name);

  constructor(
    private readonly repository: CommonsRepository,
    private readonly access: CommonsAccessService,
    private readonly events: DomainEvents,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * A signed-in person writes to the maintainers: the message is kept and each maintainer in
   * person is notified with the sender's name. At most 10 an hour per sender, counted by the database.
   */
  async contact(actor: Actor | null, commonId: string, message: string): Promise<boolean> {
    commonsPolicy.assertContact(actor);
    const body = validText(message, COMMON_LIMITS.messageMax, 'message', 'Le message', true);
    await this.repository.transaction(async (manager) => {
      await this.access.common(commonId, manager);
      if ((await this.repository.messagesInLastHour(manager, actor!.id)) >= COMMON_LIMITS.messagesPerHour) {
        throw DomainError.of('COMMON_CONTACT_TOO_MANY');
      }
      const messageId = await this.repository.insertMessage(manager, commonId, actor!.id, body);
      await this.events.publish(manager, 'common_maintainer_message', {
        actorId: actor!.id,
        commonId,
        messageId,
      });
    });
    return true;
  }

  /** For the notifications: relayed messages by id. */
  messagesForNotices(ids: readonly string[]) {
    return this.repository.messagesByIds(ids);
  }

  // The daily reminder, once across instances (a `short` queue keeps one job waiting per day).

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.createQueue(MAINTENANCE_QUEUE, { policy: 'short' });
    await this.jobs.work<{ day: string }>(MAINTENANCE_QUEUE, {}, async () => {
      await this.scheduleNext();
      await this.remindDue();
    });
    await this.scheduleNext().catch((error: unknown) =>
      this.logger.error(`Rappel d’entretien non programmé : ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  private async scheduleNext(): Promise<void> {
    const at = new Date();
    at.setUTCHours(24, 0, 0, 0);
    const day = at.toISOString().slice(0, 10);
    await this.jobs.send(MAINTENANCE_QUEUE, { day }, { startAfter: at, singletonKey: day });
  }

  /** Tells the maintainers of each common whose maintenance fell due; how many commons. */
  async remindDue(): Promise<number> {
    return this.repository.transaction(async (manager) => {
      const ids = await this.repository.dueForReminder(manager, REMINDERS_PER_RUN);
      for (const commonId of ids) {
        await this.events.publish(manager, 'common_maintenance_due', { actorId: null, commonId });
      }
      return ids.length;
    });
  }
}
