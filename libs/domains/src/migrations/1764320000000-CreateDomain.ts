import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDomain1764320000000 implements MigrationInterface {
  name = 'CreateDomain1764320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "domain" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        CONSTRAINT "domain_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "domain_slug_uq" UNIQUE ("slug")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "domain"`);
  }
}
