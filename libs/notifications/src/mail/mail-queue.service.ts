import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, InjectConfig, JobOptions, JobQueue } from '@ouvroir/core';
import { DataSource, EntityManager } from 'typeorm';
import { MailDeliveryEntity } from '../notification.entity';
import { MailComposer } from './mail-composer.service';
import { MailTransport, SendRefusal } from './mail-transport';

export const MAIL_QUEUE = 'mail';

/**
 * A mail job's pg-boss options: retried with back-off; a job whose process died mid-send expires
 * after `staleSeconds` (no attempt lasts longer) and is retried, its delivery then claimable again.
 */
export function mailJobOptions(mail: AppConfig['mail']): JobOptions {
  return {
    retryLimit: mail.attempts - 1,
    retryDelay: mail.retrySeconds,
    retryBackoff: true,
    expireInSeconds: staleSeconds(mail),
  };
}

/** An attempt lasts at most connection, greeting and socket timeouts: past them, a `sending` delivery was abandoned. */
const staleSeconds = (mail: AppConfig['mail']) => mail.timeoutSeconds * 3 + 5;

/** An invitation by e-mail: its address and link sealed (core's `seal`), kept nowhere else; who invites to which group. */
export interface InvitationMail {
  sealedMail: string;
  groupId: string;
  actorId: string;
}

interface MailJob {
  deliveryId: string;
  invitation?: InvitationMail;
}

/** One mail to queue: a person's notifications (at once or a digest), or an invitation to an address. */
export type NewDelivery =
  | { recipientId: string; notificationIds: string[]; digestPeriod?: string }
  | { invitationId: string; invitation: InvitationMail };

/**
 * Mails as pg-boss jobs, one per mail, each with its `mail_delivery` row: queued in the
 * transaction that stored what it tells; claimed (`sending`) and marked (`sent`) so that a job
 * run twice sends one mail; retried with back-off on a temporary failure, then `failed` (listed to
 * administrators); `bounced` at once on a permanent refusal of the address, which then receives
 * nothing more until the account's address changes.
 */
@Injectable()
export class MailQueue implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailQueue.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly composer: MailComposer,
    private readonly transport: MailTransport,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.createQueue(MAIL_QUEUE);
    await this.jobs.work<MailJob>(MAIL_QUEUE, {}, (job) => this.send(job));
    this.transport.describe(this.logger);
  }

  /**
   * Queues the mail in the caller's transaction: it exists, and will be sent, iff that commits.
   * Null when this digest period or this invitation already has its mail.
   */
  async enqueueWithin(manager: EntityManager, delivery: NewDelivery): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO "mail_delivery" ("recipient_id", "notification_ids", "digest_period", "invitation_id")
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING "id"`,
      'invitation' in delivery
        ? [null, [], null, delivery.invitationId]
        : [delivery.recipientId, delivery.notificationIds, delivery.digestPeriod ?? null, null],
    );
    if (!row) return null;
    const deliveryId = row.id;
    const job: MailJob = 'invitation' in delivery ? { deliveryId, invitation: delivery.invitation } : { deliveryId };
    await this.jobs.sendWithin(manager, MAIL_QUEUE, job, mailJobOptions(this.config.mail));
    return deliveryId;
  }

  /**
   * Sends the delivery's mail unless it was already sent, bounced or skipped. Throws on a
   * temporary failure, for pg-boss to retry, until the last attempt marks it failed.
   */
  async send(job: MailJob): Promise<void> {
    const delivery = await this.claim(job.deliveryId);
    if (!delivery) return;
    if (!this.transport.sends) return this.finish(delivery.id, 'skipped', 'SMTP_URL absent : courriel non envoyé');
    const mail = await this.composer.compose(delivery, job.invitation);
    if ('skip' in mail) return this.finish(delivery.id, 'skipped', mail.skip);
    if (await this.bounced(mail.to))
      return this.finish(delivery.id, 'skipped', `Adresse en échec définitif : ${mail.to}`);
    try {
      const messageId = await this.transport.send({ ...mail, messageId: `<${delivery.id}@ouvroir>` });
      await this.finish(delivery.id, 'sent', null, messageId, mail.to);
    } catch (error) {
      if (error instanceof SendRefusal && error.permanent) {
        await this.dataSource.query(
          `INSERT INTO "mail_bounce" ("address", "reason") VALUES ($1, $2) ON CONFLICT ("address") DO UPDATE SET "reason" = EXCLUDED."reason", "bounced_at" = now()`,
          [mail.to, error.message],
        );
        return this.finish(delivery.id, 'bounced', error.message, null, mail.to);
      }
      const last = delivery.attempts >= this.config.mail.attempts;
      await this.finish(
        delivery.id,
        last ? 'failed' : 'queued',
        String((error as Error).message ?? error),
        null,
        mail.to,
      );
      if (last) {
        this.logger.warn(`Courriel ${delivery.id} en échec après ${delivery.attempts} tentatives`);
        return;
      }
      throw error;
    }
  }

  /**
   * Marks the delivery `sending` and counts the attempt, unless it is done or being sent. One left
   * `sending` longer than an attempt can last was abandoned by a process killed mid-send: it is
   * sent again, the server never having accepted it (its DATA did not end).
   */
  private async claim(id: string): Promise<MailDeliveryEntity | null> {
    const [rows] = await this.dataSource.query<[MailDeliveryEntity[], number]>(
      `UPDATE "mail_delivery" SET "status" = 'sending', "attempts" = "attempts" + 1, "updated_at" = now()
       WHERE "id" = $1 AND ("status" = 'queued'
         OR ("status" = 'sending' AND "updated_at" < now() - make_interval(secs => $2)))
       RETURNING "id"`,
      [id, staleSeconds(this.config.mail)],
    );
    if (rows.length === 0) return null;
    return this.dataSource.manager.findOneBy(MailDeliveryEntity, { id });
  }

  private async finish(
    id: string,
    status: MailDeliveryEntity['status'],
    lastError: string | null,
    messageId: string | null = null,
    address: string | null = null,
  ): Promise<void> {
    await this.dataSource.manager.update(
      MailDeliveryEntity,
      { id },
      { status, lastError, messageId, updatedAt: new Date(), ...(address ? { address } : {}) },
    );
  }

  private async bounced(address: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM "mail_bounce" WHERE "address" = $1`, [address]);
    return rows.length > 0;
  }
}
