import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications, their events, preferences, follows, and the e-mails with their bounces. */
export class CreateNotifications1780000100000 implements MigrationInterface {
  name = 'CreateNotifications1780000100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "recipient_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "subject_type" text NOT NULL,
      "subject_id" uuid NOT NULL,
      "group_id" uuid,
      "actor_id" uuid,
      "link" text NOT NULL,
      "data" jsonb NOT NULL DEFAULT '{}',
      "count" integer NOT NULL DEFAULT 1,
      "mail_cadence" text,
      "digested_at" TIMESTAMP WITH TIME ZONE,
      "read_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "notification_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "notification_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "user_account"("id") ON DELETE CASCADE,
      CONSTRAINT "notification_mail_cadence_check" CHECK ("mail_cadence" IN ('immediately', 'daily', 'weekly')),
      CONSTRAINT "notification_count_check" CHECK ("count" >= 1)
    )`);
    await queryRunner.query(
      `CREATE INDEX "notification_recipient_idx" ON "notification" ("recipient_id", "updated_at", "id")`,
    );
    // The unread entry that the next notification of its kind on its subject folds into.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_unread_uq" ON "notification" ("recipient_id", "kind", "subject_type", "subject_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_digest_idx" ON "notification" ("mail_cadence", "recipient_id") WHERE "digested_at" IS NULL AND "mail_cadence" IN ('daily', 'weekly')`,
    );
    await queryRunner.query(`CREATE TABLE "notification_event" (
      "event_id" uuid NOT NULL,
      "recipient_id" uuid NOT NULL,
      "notification_id" uuid NOT NULL,
      CONSTRAINT "notification_event_pkey" PRIMARY KEY ("event_id", "recipient_id"),
      CONSTRAINT "notification_event_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(
      `CREATE INDEX "notification_event_notification_id_idx" ON "notification_event" ("notification_id")`,
    );
    await queryRunner.query(`CREATE TABLE "notification_preference" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "group_id" uuid,
      "cadence" text NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE,
      CONSTRAINT "notification_preference_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "work_group"("id") ON DELETE CASCADE,
      CONSTRAINT "notification_preference_cadence_check" CHECK ("cadence" IN ('immediately', 'daily', 'weekly', 'never'))
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_preference_all_uq" ON "notification_preference" ("user_id", "kind") WHERE "group_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_preference_group_uq" ON "notification_preference" ("user_id", "kind", "group_id") WHERE "group_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TABLE "follow" (
      "user_id" uuid NOT NULL,
      "subject_type" text NOT NULL,
      "subject_id" uuid NOT NULL,
      "following" boolean NOT NULL DEFAULT true,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "follow_pkey" PRIMARY KEY ("user_id", "subject_type", "subject_id"),
      CONSTRAINT "follow_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE,
      CONSTRAINT "follow_subject_type_check" CHECK ("subject_type" IN ('proposal', 'group'))
    )`);
    await queryRunner.query(`CREATE INDEX "follow_subject_idx" ON "follow" ("subject_type", "subject_id")`);
    await queryRunner.query(`CREATE TABLE "mail_delivery" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "recipient_id" uuid,
      "address" text,
      "notification_ids" uuid array NOT NULL DEFAULT '{}',
      "digest_period" text,
      "invitation_id" uuid,
      "status" text NOT NULL DEFAULT 'queued',
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text,
      "message_id" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "mail_delivery_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "mail_delivery_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "user_account"("id") ON DELETE CASCADE,
      CONSTRAINT "mail_delivery_status_check" CHECK ("status" IN ('queued', 'sending', 'sent', 'failed', 'bounced', 'skipped'))
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mail_delivery_digest_uq" ON "mail_delivery" ("recipient_id", "digest_period") WHERE "digest_period" IS NOT NULL`,
    );
    // One mail per invitation by e-mail, however often its event is handled.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mail_delivery_invitation_uq" ON "mail_delivery" ("invitation_id") WHERE "invitation_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_delivery_failed_idx" ON "mail_delivery" ("updated_at", "id") WHERE "status" = 'failed'`,
    );
    await queryRunner.query(`CREATE TABLE "mail_bounce" (
      "address" text NOT NULL,
      "reason" text NOT NULL,
      "bounced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "mail_bounce_pkey" PRIMARY KEY ("address")
    )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_bounce"`);
    await queryRunner.query(`DROP TABLE "mail_delivery"`);
    await queryRunner.query(`DROP TABLE "follow"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "notification_event"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
