import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIndicatorSnapshot1781300000000 implements MigrationInterface {
  name = 'CreateIndicatorSnapshot1781300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "indicator_snapshot" (
        "indicator_code" text NOT NULL,
        "week" date NOT NULL,
        "breakdown" text NOT NULL,
        "label" text NOT NULL,
        "value" double precision,
        "display" text NOT NULL,
        "suppressed" boolean NOT NULL,
        "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "indicator_snapshot_pkey" PRIMARY KEY ("indicator_code", "week", "breakdown")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "indicator_snapshot"`);
  }
}
