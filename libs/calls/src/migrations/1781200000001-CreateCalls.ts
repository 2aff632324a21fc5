import { MigrationInterface, QueryRunner } from 'typeorm';

/** Calls for commons: the call, its reviewers, submissions with applicants and revisions, reviews, milestones. */
export class CreateCalls1781200000001 implements MigrationInterface {
  name = 'CreateCalls1781200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "call" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "domain_id" uuid NOT NULL, "committee_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "challenges" text array NOT NULL, "criteria" jsonb NOT NULL, "cutoffs" TIMESTAMP WITH TIME ZONE array NOT NULL, "budget" integer, "min_score" real NOT NULL DEFAULT '2.5', "reviews_per_submission" integer NOT NULL DEFAULT '2', "state" text NOT NULL DEFAULT 'draft', "vote_id" uuid, "created_by" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_min_score_check" CHECK ("min_score" BETWEEN 0 AND 5), CONSTRAINT "call_reviews_per_submission_check" CHECK ("reviews_per_submission" BETWEEN 2 AND 6), CONSTRAINT "call_budget_check" CHECK ("budget" IS NULL OR "budget" >= 0), CONSTRAINT "call_state_check" CHECK ("state" IN ('draft', 'open', 'reviewing', 'deliberating', 'decided', 'closed')), CONSTRAINT "call_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "call_state_idx" ON "call" ("state", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "call_reviewer" ("call_id" uuid NOT NULL, "user_id" uuid NOT NULL, "added_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_reviewer_pkey" PRIMARY KEY ("call_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "call_reviewer_user_id_idx" ON "call_reviewer" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "call_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "created_by" uuid NOT NULL, "state" text NOT NULL DEFAULT 'draft', "cutoff_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revision" integer NOT NULL DEFAULT '1', "common_kind" text NOT NULL, "common_name" text NOT NULL, "summary" text NOT NULL DEFAULT '', "licence" text NOT NULL DEFAULT '', "repository_url" text NOT NULL DEFAULT '', "maintainers" text array NOT NULL DEFAULT '{}', "carrying_group_id" uuid, "pitch" text NOT NULL DEFAULT '', "challenge" text NOT NULL DEFAULT '', "amount_asked" integer, "publish_consent" boolean NOT NULL DEFAULT false, "submitted_at" TIMESTAMP WITH TIME ZONE, "eligibility_reason" text, "passed_review" boolean NOT NULL DEFAULT false, "vote_option" text, "rank" integer, "decision" text, "conditions" text, "motivation" text, "amount_granted" integer, "common_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_submission_amount_check" CHECK ("amount_asked" IS NULL OR "amount_asked" >= 0), CONSTRAINT "call_submission_decision_check" CHECK ("decision" IN ('retained', 'retained_with_conditions', 'not_retained')), CONSTRAINT "call_submission_state_check" CHECK ("state" IN ('draft', 'submitted', 'eligible', 'ineligible')), CONSTRAINT "call_submission_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "call_submission_call_id_idx" ON "call_submission" ("call_id", "state")`);
    await queryRunner.query(
      `CREATE TABLE "call_submission_applicant" ("submission_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "accepted" boolean NOT NULL DEFAULT false, CONSTRAINT "call_submission_applicant_role_check" CHECK ("role" IN ('lead', 'co_applicant')), CONSTRAINT "call_submission_applicant_pkey" PRIMARY KEY ("submission_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_submission_applicant_user_id_idx" ON "call_submission_applicant" ("user_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_submission_revision" ("submission_id" uuid NOT NULL, "number" integer NOT NULL, "author_id" uuid NOT NULL, "snapshot" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_submission_revision_pkey" PRIMARY KEY ("submission_id", "number"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "state" text NOT NULL DEFAULT 'assigned', "link" text, "link_text" text, "scores" jsonb, "weighted_score" real, "assigned_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_review_reviewer_uq" UNIQUE ("submission_id", "reviewer_id"), CONSTRAINT "call_review_link_check" CHECK ("link" IN ('none', 'same_organisation', 'same_group', 'co_applicant', 'other')), CONSTRAINT "call_review_state_check" CHECK ("state" IN ('assigned', 'cleared', 'excluded', 'submitted')), CONSTRAINT "call_review_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "call_review_call_id_idx" ON "call_review" ("call_id", "reviewer_id")`);
    await queryRunner.query(
      `CREATE TABLE "call_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "title" text NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT 'planned', "percent" integer NOT NULL DEFAULT '0', "evidence_url" text, "updated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_milestone_percent_check" CHECK ("percent" BETWEEN 0 AND 100), CONSTRAINT "call_milestone_status_check" CHECK ("status" IN ('planned', 'in_progress', 'done', 'abandoned')), CONSTRAINT "call_milestone_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_milestone_submission_id_idx" ON "call_milestone" ("submission_id", "due_on")`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "work_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_vote_id_fkey" FOREIGN KEY ("vote_id") REFERENCES "vote"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_reviewer" ADD CONSTRAINT "call_reviewer_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_reviewer" ADD CONSTRAINT "call_reviewer_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_submission" ADD CONSTRAINT "call_submission_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_submission" ADD CONSTRAINT "call_submission_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_submission" ADD CONSTRAINT "call_submission_carrying_group_id_fkey" FOREIGN KEY ("carrying_group_id") REFERENCES "work_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_submission_applicant" ADD CONSTRAINT "call_submission_applicant_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "call_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_submission_applicant" ADD CONSTRAINT "call_submission_applicant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_submission_revision" ADD CONSTRAINT "call_submission_revision_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "call_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_submission_revision" ADD CONSTRAINT "call_submission_revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_review" ADD CONSTRAINT "call_review_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_review" ADD CONSTRAINT "call_review_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "call_submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_review" ADD CONSTRAINT "call_review_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_milestone" ADD CONSTRAINT "call_milestone_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "call_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'call_milestone',
      'call_review',
      'call_submission_revision',
      'call_submission_applicant',
      'call_submission',
      'call_reviewer',
      'call',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
