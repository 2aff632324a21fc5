import { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalogue of commons (docs/commons.md). */

export class CreateCommons1781000000000 implements MigrationInterface {
  name = 'CreateCommons1781000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "common" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "name" text NOT NULL, "slug" text NOT NULL, "summary" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "domain_id" uuid NOT NULL, "stewarding_group_id" uuid, "status" text NOT NULL DEFAULT 'active', "website" text, "tags" text array NOT NULL DEFAULT '{}', "licence" text NOT NULL, "licence_ids" text array NOT NULL DEFAULT '{}', "licence_open" boolean NOT NULL DEFAULT false, "revision" integer NOT NULL DEFAULT '1', "publiccode_report" jsonb, "laureate_call_id" uuid, "maintenance_confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "maintenance_reminded_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "common_slug_uq" UNIQUE ("slug"), CONSTRAINT "common_status_check" CHECK ("status" IN ('active', 'maintained', 'seeking_maintainers', 'archived')), CONSTRAINT "common_kind_check" CHECK ("kind" IN ('software', 'educational_resource', 'service', 'dataset')), CONSTRAINT "common_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "common_created_at_idx" ON "common"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "common_domain_id_idx" ON "common"  ("domain_id") `);
    await queryRunner.query(
      `CREATE TABLE "common_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "common_id" uuid NOT NULL, "number" integer NOT NULL, "author_id" uuid NOT NULL, "snapshot" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "common_revision_number_uq" UNIQUE ("common_id", "number"), CONSTRAINT "common_revision_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "common_repository" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "common_id" uuid NOT NULL, "url" text NOT NULL, "forge" text NOT NULL, "role" text NOT NULL DEFAULT 'source', "mirror_of" uuid, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "common_repository_url_uq" UNIQUE ("common_id", "url"), CONSTRAINT "common_repository_role_check" CHECK ("role" IN ('source', 'mirror')), CONSTRAINT "common_repository_forge_check" CHECK ("forge" IN ('forge_apps_education', 'github', 'gitlab', 'other')), CONSTRAINT "common_repository_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "common_repository_forge_idx" ON "common_repository"  ("forge", "common_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "common_maintainer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "common_id" uuid NOT NULL, "user_id" uuid, "organisation_id" uuid, "added_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "common_maintainer_organisation_uq" UNIQUE ("common_id", "organisation_id"), CONSTRAINT "common_maintainer_user_uq" UNIQUE ("common_id", "user_id"), CONSTRAINT "common_maintainer_one_check" CHECK (("user_id" IS NULL) <> ("organisation_id" IS NULL)), CONSTRAINT "common_maintainer_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "common_maintainer_organisation_id_idx" ON "common_maintainer"  ("organisation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "common_maintainer_user_id_idx" ON "common_maintainer"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "common_usage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "common_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "instance_url" text, "user_count" integer, "declared_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "common_usage_organisation_uq" UNIQUE ("common_id", "organisation_id"), CONSTRAINT "common_usage_user_count_check" CHECK ("user_count" IS NULL OR "user_count" BETWEEN 0 AND 10000000), CONSTRAINT "common_usage_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "common_usage_organisation_id_idx" ON "common_usage"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "scolomfr_concept" ("uri" text NOT NULL, "vocabulary" text NOT NULL, "label" text NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "scolomfr_concept_vocabulary_check" CHECK ("vocabulary" IN ('022', '015', '010', '005')), CONSTRAINT "scolomfr_concept_pkey" PRIMARY KEY ("uri"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "common_scolomfr" ("common_id" uuid NOT NULL, "concept_uri" text NOT NULL, "vocabulary" text NOT NULL, CONSTRAINT "common_scolomfr_pkey" PRIMARY KEY ("common_id", "concept_uri"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "common_scolomfr_concept_idx" ON "common_scolomfr"  ("concept_uri", "common_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "common_decision" ("common_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "linked_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "common_decision_pkey" PRIMARY KEY ("common_id", "proposal_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "common_decision_proposal_id_idx" ON "common_decision"  ("proposal_id") `);
    await queryRunner.query(
      `CREATE TABLE "common_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "common_id" uuid NOT NULL, "sender_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "common_message_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "common_message_sender_idx" ON "common_message"  ("sender_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "common" ADD CONSTRAINT "common_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common" ADD CONSTRAINT "common_stewarding_group_id_fkey" FOREIGN KEY ("stewarding_group_id") REFERENCES "work_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common" ADD CONSTRAINT "common_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_revision" ADD CONSTRAINT "common_revision_common_id_fkey" FOREIGN KEY ("common_id") REFERENCES "common"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_revision" ADD CONSTRAINT "common_revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_repository" ADD CONSTRAINT "common_repository_common_id_fkey" FOREIGN KEY ("common_id") REFERENCES "common"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_repository" ADD CONSTRAINT "common_repository_mirror_of_fkey" FOREIGN KEY ("mirror_of") REFERENCES "common_repository"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_maintainer" ADD CONSTRAINT "common_maintainer_common_id_fkey" FOREIGN KEY ("common_id") REFERENCES "common"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_maintainer" ADD CONSTRAINT "common_maintainer_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_maintainer" ADD CONSTRAINT "common_maintainer_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_maintainer" ADD CONSTRAINT "common_maintainer_added_by_fkey" FOREIGN KEY ("added_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_usage" ADD CONSTRAINT "common_usage_common_id_fkey" FOREIGN KEY ("common_id") REFERENCES "common"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_usage" ADD CONSTRAINT "common_usage_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_usage" ADD CONSTRAINT "common_usage_declared_by_fkey" FOREIGN KEY ("declared_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_scolomfr" ADD CONSTRAINT "common_scolomfr_common_id_fkey" FOREIGN KEY ("common_id") REFERENCES "common"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_scolomfr" ADD CONSTRAINT "common_scolomfr_concept_uri_fkey" FOREIGN KEY ("concept_uri") REFERENCES "scolomfr_concept"("uri") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_decision" ADD CONSTRAINT "common_decision_common_id_fkey" FOREIGN KEY ("common_id") REFERENCES "common"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_decision" ADD CONSTRAINT "common_decision_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_decision" ADD CONSTRAINT "common_decision_linked_by_fkey" FOREIGN KEY ("linked_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_message" ADD CONSTRAINT "common_message_common_id_fkey" FOREIGN KEY ("common_id") REFERENCES "common"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "common_message" ADD CONSTRAINT "common_message_sender_id_fkey" FOREIGN KEY ("sender_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'common_message',
      'common_decision',
      'common_scolomfr',
      'scolomfr_concept',
      'common_usage',
      'common_maintainer',
      'common_repository',
      'common_revision',
      'common',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
