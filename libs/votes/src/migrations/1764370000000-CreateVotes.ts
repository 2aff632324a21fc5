import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Votes: the vote, its roll, participation apart from ballots, proxies, and the hash-chained
 * ledger, which the database keeps append-only like the journal.
 */
export class CreateVotes1764370000000 implements MigrationInterface {
  name = 'CreateVotes1764370000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "proposal_id" uuid, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "method" text NOT NULL, "threshold" text, "options" jsonb NOT NULL DEFAULT '[]', "quorum_percent" integer NOT NULL DEFAULT '0', "secret" boolean NOT NULL, "ballot_changes" boolean NOT NULL DEFAULT false, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'scheduled', "eligible_count" integer NOT NULL DEFAULT '0', "ballot_count" integer NOT NULL DEFAULT '0', "ledger_header" text, "head_hash" text, "entry_count" integer NOT NULL DEFAULT '0', "tally" jsonb, "result" jsonb, "cancel_reason" text, "created_by" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "vote_proposal_method_check" CHECK ("proposal_id" IS NULL OR "method" = 'for_against_abstain'), CONSTRAINT "vote_threshold_method_check" CHECK (("method" = 'for_against_abstain') = ("threshold" IS NOT NULL)), CONSTRAINT "vote_period_check" CHECK ("closes_at" > "opens_at"), CONSTRAINT "vote_quorum_percent_check" CHECK ("quorum_percent" BETWEEN 0 AND 100), CONSTRAINT "vote_status_check" CHECK ("status" IN ('scheduled', 'open', 'closed', 'cancelled')), CONSTRAINT "vote_threshold_check" CHECK ("threshold" IN ('simple_majority', 'absolute_majority', 'two_thirds')), CONSTRAINT "vote_method_check" CHECK ("method" IN ('for_against_abstain', 'majority_judgment', 'approval')), CONSTRAINT "vote_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "vote_proposal_live_uq" ON "vote"  ("proposal_id") WHERE "status" IN ('scheduled', 'open')`,
    );
    await queryRunner.query(`CREATE INDEX "vote_committee_id_idx" ON "vote"  ("committee_id", "closes_at") `);
    await queryRunner.query(
      `CREATE TABLE "vote_voter" ("vote_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "vote_voter_pkey" PRIMARY KEY ("vote_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "vote_participation" ("vote_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "cast_by" uuid NOT NULL, "on_day" date NOT NULL, CONSTRAINT "vote_participation_pkey" PRIMARY KEY ("vote_id", "voter_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot" ("vote_id" uuid NOT NULL, "receipt" text NOT NULL, "choice" jsonb NOT NULL, "voter_id" uuid, "cast_by" uuid, CONSTRAINT "ballot_pkey" PRIMARY KEY ("vote_id", "receipt"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ballot_voter_uq" ON "ballot"  ("vote_id", "voter_id") `);
    await queryRunner.query(
      `CREATE TABLE "vote_proxy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vote_id" uuid NOT NULL, "giver_id" uuid NOT NULL, "holder_id" uuid NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "vote_proxy_distinct_check" CHECK ("giver_id" <> "holder_id"), CONSTRAINT "vote_proxy_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "vote_proxy_holder_uq" ON "vote_proxy"  ("vote_id", "holder_id") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "vote_proxy_giver_uq" ON "vote_proxy"  ("vote_id", "giver_id") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "vote_ledger_entry" ("vote_id" uuid NOT NULL, "seq" integer NOT NULL, "body" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "vote_ledger_entry_pkey" PRIMARY KEY ("vote_id", "seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote" ADD CONSTRAINT "vote_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "work_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote" ADD CONSTRAINT "vote_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote" ADD CONSTRAINT "vote_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_voter" ADD CONSTRAINT "vote_voter_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "vote"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_voter" ADD CONSTRAINT "vote_voter_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_participation" ADD CONSTRAINT "vote_participation_voter_fkey" FOREIGN KEY ("vote_id", "voter_id") REFERENCES "vote_voter"("vote_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" ADD CONSTRAINT "ballot_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "vote"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_proxy" ADD CONSTRAINT "vote_proxy_giver_fkey" FOREIGN KEY ("vote_id", "giver_id") REFERENCES "vote_voter"("vote_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_proxy" ADD CONSTRAINT "vote_proxy_holder_fkey" FOREIGN KEY ("vote_id", "holder_id") REFERENCES "vote_voter"("vote_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote_ledger_entry" ADD CONSTRAINT "vote_ledger_entry_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "vote"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "vote_ledger_entry_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'vote_ledger_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "vote_ledger_entry_append_only" BEFORE UPDATE OR DELETE ON "vote_ledger_entry"
      FOR EACH ROW EXECUTE FUNCTION "vote_ledger_entry_refuse_change"()`);
    await queryRunner.query(`
      CREATE TRIGGER "vote_ledger_entry_no_truncate" BEFORE TRUNCATE ON "vote_ledger_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION "vote_ledger_entry_refuse_change"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vote_ledger_entry" DROP CONSTRAINT "vote_ledger_entry_vote_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "vote_proxy" DROP CONSTRAINT "vote_proxy_holder_fkey"`);
    await queryRunner.query(`ALTER TABLE "vote_proxy" DROP CONSTRAINT "vote_proxy_giver_fkey"`);
    await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "ballot_vote_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "vote_participation" DROP CONSTRAINT "vote_participation_voter_fkey"`);
    await queryRunner.query(`ALTER TABLE "vote_voter" DROP CONSTRAINT "vote_voter_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "vote_voter" DROP CONSTRAINT "vote_voter_vote_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "vote_created_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "vote_proposal_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "vote_committee_id_fkey"`);
    await queryRunner.query(`DROP TABLE "vote_ledger_entry"`);
    await queryRunner.query(`DROP FUNCTION "vote_ledger_entry_refuse_change"()`);
    await queryRunner.query(`DROP INDEX "public"."vote_proxy_giver_uq"`);
    await queryRunner.query(`DROP INDEX "public"."vote_proxy_holder_uq"`);
    await queryRunner.query(`DROP TABLE "vote_proxy"`);
    await queryRunner.query(`DROP INDEX "public"."ballot_voter_uq"`);
    await queryRunner.query(`DROP TABLE "ballot"`);
    await queryRunner.query(`DROP TABLE "vote_participation"`);
    await queryRunner.query(`DROP TABLE "vote_voter"`);
    await queryRunner.query(`DROP INDEX "public"."vote_committee_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."vote_proposal_live_uq"`);
    await queryRunner.query(`DROP TABLE "vote"`);
  }
}
