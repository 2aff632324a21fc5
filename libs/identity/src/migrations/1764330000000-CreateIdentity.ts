import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764330000000 implements MigrationInterface {
  name = 'CreateIdentity1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organisation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "type" text NOT NULL DEFAULT 'other',
        "siret" text,
        "uai" text,
        "email_domains" text array NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "organisation_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "organisation_type_check" CHECK ("type" IN ('ministry', 'academy', 'operator', 'university', 'school', 'company', 'association', 'other'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisation_siret_uq" ON "organisation" ("siret") WHERE siret IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisation_uai_uq" ON "organisation" ("uai") WHERE uai IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_email_domains_idx" ON "organisation" USING GIN ("email_domains")`,
    );
    await queryRunner.query(`
      CREATE TABLE "user_account" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "display_name" text NOT NULL,
        "email" text,
        "organisation_id" uuid,
        "platform_role" text NOT NULL DEFAULT 'member',
        "status" text NOT NULL DEFAULT 'active',
        "last_login_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "user_account_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "user_account_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "user_account_platform_role_check" CHECK ("platform_role" IN ('admin', 'member', 'guest')),
        CONSTRAINT "user_account_status_check" CHECK ("status" IN ('active', 'suspended', 'erased'))
      )`);
    await queryRunner.query(`CREATE INDEX "user_account_email_idx" ON "user_account" ("email")`);
    await queryRunner.query(`
      CREATE TABLE "user_identity" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "provider_id" text NOT NULL,
        "issuer" text NOT NULL,
        "subject" text NOT NULL,
        "email" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_login_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "user_identity_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "user_identity_issuer_subject_uq" UNIQUE ("issuer", "subject"),
        CONSTRAINT "user_identity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    // Server-side sessions, in the layout connect-pg-simple reads and writes.
    await queryRunner.query(`
      CREATE TABLE "user_session" (
        "sid" varchar NOT NULL,
        "sess" json NOT NULL,
        "expire" TIMESTAMP(6) NOT NULL,
        CONSTRAINT "user_session_pkey" PRIMARY KEY ("sid")
      )`);
    await queryRunner.query(`CREATE INDEX "user_session_expire_idx" ON "user_session" ("expire")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP TABLE "user_identity"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
