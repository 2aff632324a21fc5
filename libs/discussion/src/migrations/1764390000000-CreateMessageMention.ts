import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whom each message mentions, for their unread mentions. */
export class CreateMessageMention1764390000000 implements MigrationInterface {
  name = 'CreateMessageMention1764390000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "message_mention" ("message_id" bigint NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "message_mention_pkey" PRIMARY KEY ("message_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "message_mention_user_id_idx" ON "message_mention"  ("user_id", "message_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "message_mention" ADD CONSTRAINT "message_mention_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "message_mention" ADD CONSTRAINT "message_mention_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "message_mention" DROP CONSTRAINT "message_mention_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "message_mention" DROP CONSTRAINT "message_mention_message_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."message_mention_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "message_mention"`);
  }
}
