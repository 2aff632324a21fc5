import { MigrationInterface, QueryRunner } from 'typeorm';

/** The person's opt-in public profile (recognition): closed until they open it. */
export class AddPublicProfile1781400000000 implements MigrationInterface {
  name = 'AddPublicProfile1781400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" ADD "public_profile" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "public_profile"`);
  }
}
