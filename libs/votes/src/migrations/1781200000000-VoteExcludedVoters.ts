import { MigrationInterface, QueryRunner } from 'typeorm';

/** Voters a vote keeps off its roll (a call's applicants, recused from the vote on its submissions). */
export class VoteExcludedVoters1781200000000 implements MigrationInterface {
  name = 'VoteExcludedVoters1781200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vote" ADD "excluded_voter_ids" uuid[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vote" DROP COLUMN "excluded_voter_ids"`);
  }
}
