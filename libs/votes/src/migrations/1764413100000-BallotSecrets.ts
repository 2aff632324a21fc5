import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ballot secrets (docs/votes.md): a ballot keeps the hash of its change key, derived from a secret
 * the voter's browser holds. Participation loses its day, which dated ballots. Ballots cast before
 * get an empty hash: no secret matches it, so they can be checked but no longer changed.
 */
export class BallotSecrets1764413100000 implements MigrationInterface {
  name = 'BallotSecrets1764413100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballot" ADD "change_key_hash" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "ballot" ALTER COLUMN "change_key_hash" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "vote_participation" DROP COLUMN "on_day"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The days are gone: participation gets the day of the rollback.
    await queryRunner.query(`ALTER TABLE "vote_participation" ADD "on_day" date NOT NULL DEFAULT current_date`);
    await queryRunner.query(`ALTER TABLE "vote_participation" ALTER COLUMN "on_day" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "ballot" DROP COLUMN "change_key_hash"`);
  }
}
