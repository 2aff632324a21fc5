import { MigrationInterface, QueryRunner } from 'typeorm';

/** The person's « forme d’accord » (optional): how generated sentences agree with them. */
export class AddAgreementForm1780000300000 implements MigrationInterface {
  name = 'AddAgreementForm1780000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" ADD "agreement_form" text`);
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "user_account_agreement_form_check" CHECK ("agreement_form" IN ('feminine', 'masculine', 'neutral'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "user_account_agreement_form_check"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "agreement_form"`);
  }
}
