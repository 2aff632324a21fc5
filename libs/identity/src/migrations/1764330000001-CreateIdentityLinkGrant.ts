import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentityLinkGrant1764330000001 implements MigrationInterface {
  name = 'CreateIdentityLinkGrant1764330000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "identity_link_grant" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "provider_id" text NOT NULL,
        "granted_by" uuid NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "identity_link_grant_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "identity_link_grant_user_id_provider_id_uq" UNIQUE ("user_id", "provider_id"),
        CONSTRAINT "identity_link_grant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity_link_grant"`);
  }
}
