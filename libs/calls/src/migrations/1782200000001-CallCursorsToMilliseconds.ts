import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The columns that lists page on are kept to the millisecond: a cursor carries them as JavaScript
 * dates (milliseconds), so rows written in the same millisecond or the same transaction (`now()`
 * is the transaction's) were skipped, or ended the list, at a page's edge.
 */
export class CallCursorsToMilliseconds1782200000001 implements MigrationInterface {
  name = 'CallCursorsToMilliseconds1782200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}
