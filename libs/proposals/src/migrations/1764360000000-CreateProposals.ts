import { MigrationInterface, QueryRunner } from 'typeorm';

import { proposalDocument } from '../proposal-search';

/** Proposals, their authors, revisions, comments, amendments, supports and transitions; French full-text search. */

export class CreateProposals1764360000000 implements MigrationInterface {
  name = 'CreateProposals1764360000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "committee_id" uuid, "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "state" text NOT NULL DEFAULT 'draft', "tags" text array NOT NULL DEFAULT '{}', "created_by" uuid NOT NULL, "revision_number" integer NOT NULL DEFAULT '1', "support_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "search_document" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_state_check" CHECK ("state" IN ('draft', 'in_discussion', 'submitted', 'voting', 'adopted', 'rejected', 'in_progress', 'implemented', 'withdrawn')), CONSTRAINT "proposal_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "proposal_group_id_idx" ON "proposal"  ("group_id", "updated_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "proposal_author" ("proposal_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" text NOT NULL, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_author_status_check" CHECK ("status" IN ('invited', 'accepted')), CONSTRAINT "proposal_author_pkey" PRIMARY KEY ("proposal_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "proposal_author_user_id_idx" ON "proposal_author"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "proposal_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "author_id" uuid NOT NULL, "amendment_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_revision_number_uq" UNIQUE ("proposal_id", "number"), CONSTRAINT "proposal_revision_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'visible', "moderation_reason" text, "edited_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_comment_status_check" CHECK ("status" IN ('visible', 'deleted', 'hidden')), CONSTRAINT "proposal_comment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "proposal_comment_proposal_id_idx" ON "proposal_comment"  ("proposal_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "amendment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "author_id" uuid NOT NULL, "base_revision" integer NOT NULL, "body" text NOT NULL, "explanation" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'pending', "decided_by" uuid, "reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "amendment_status_check" CHECK ("status" IN ('pending', 'accepted', 'rejected', 'withdrawn')), CONSTRAINT "amendment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "amendment_proposal_id_idx" ON "amendment"  ("proposal_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "proposal_support" ("proposal_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_support_pkey" PRIMARY KEY ("proposal_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "from_state" text, "to_state" text NOT NULL, "actor_id" uuid, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_transition_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "proposal_transition_proposal_id_idx" ON "proposal_transition"  ("proposal_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "work_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "work_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_author" ADD CONSTRAINT "proposal_author_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_author" ADD CONSTRAINT "proposal_author_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_revision" ADD CONSTRAINT "proposal_revision_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comment" ADD CONSTRAINT "proposal_comment_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_comment" ADD CONSTRAINT "proposal_comment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "proposal_comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment" ADD CONSTRAINT "amendment_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_support" ADD CONSTRAINT "proposal_support_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_transition" ADD CONSTRAINT "proposal_transition_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // French full-text search, accents ignored: « college » finds « collège ».
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION "french_unaccent" (COPY = french)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION "french_unaccent" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "proposal_search_document"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := ${proposalDocument('NEW')};
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "proposal_search_document" BEFORE INSERT OR UPDATE OF title, summary, body ON "proposal"
      FOR EACH ROW EXECUTE FUNCTION "proposal_search_document"()`);
    await queryRunner.query(`CREATE INDEX "proposal_search_idx" ON "proposal" USING GIN ("search_document")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "proposal_transition"`);
    await queryRunner.query(`DROP TABLE "proposal_support"`);
    await queryRunner.query(`DROP TABLE "amendment"`);
    await queryRunner.query(`DROP TABLE "proposal_comment"`);
    await queryRunner.query(`DROP TABLE "proposal_revision"`);
    await queryRunner.query(`DROP TABLE "proposal_author"`);
    await queryRunner.query(`DROP TABLE "proposal"`);
    await queryRunner.query(`DROP FUNCTION "proposal_search_document"()`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "french_unaccent"`);
  }
}
