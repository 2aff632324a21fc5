import { MigrationInterface, QueryRunner } from 'typeorm';

/** Groups and committees, memberships, join requests and invitations. */
export class CreateGroups1764350000000 implements MigrationInterface {
  name = 'CreateGroups1764350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "work_group" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "domain_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "name" text NOT NULL,
        "slug" text NOT NULL,
        "short_description" text NOT NULL DEFAULT '',
        "charter" text NOT NULL DEFAULT '',
        "visibility" text NOT NULL DEFAULT 'public',
        "join_policy" text NOT NULL DEFAULT 'request',
        "status" text NOT NULL DEFAULT 'active',
        "committee_id" uuid,
        "member_count" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "work_group_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "work_group_slug_uq" UNIQUE ("slug"),
        CONSTRAINT "work_group_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "work_group_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "work_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "work_group_kind_check" CHECK ("kind" IN ('working_group', 'committee')),
        CONSTRAINT "work_group_visibility_check" CHECK ("visibility" IN ('public', 'members')),
        CONSTRAINT "work_group_join_policy_check" CHECK ("join_policy" IN ('open', 'request', 'invitation')),
        CONSTRAINT "work_group_status_check" CHECK ("status" IN ('active', 'archived')),
        CONSTRAINT "work_group_committee_check" CHECK ("committee_id" IS NULL OR "kind" = 'working_group')
      )`);
    await queryRunner.query(`CREATE INDEX "work_group_domain_id_idx" ON "work_group" ("domain_id", "name", "id")`);
    await queryRunner.query(`CREATE INDEX "work_group_name_idx" ON "work_group" ("name", "id")`);
    await queryRunner.query(`
      CREATE TABLE "membership" (
        "group_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "role" text NOT NULL,
        "since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "membership_pkey" PRIMARY KEY ("group_id", "user_id"),
        CONSTRAINT "membership_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "work_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "membership_role_check" CHECK ("role" IN ('facilitator', 'member', 'observer', 'voter'))
      )`);
    await queryRunner.query(`CREATE INDEX "membership_user_id_idx" ON "membership" ("user_id")`);
    await queryRunner.query(
      `CREATE INDEX "membership_facilitator_idx" ON "membership" ("group_id", "since") WHERE role = 'facilitator'`,
    );
    // A counter cache, as Loomio keeps one: counting 50 groups' members on every directory page
    // read thousands of rows. The trigger keeps it exact whoever writes memberships.
    await queryRunner.query(`
      CREATE FUNCTION "membership_count"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE work_group SET member_count = member_count + 1 WHERE id = NEW.group_id;
        ELSE
          UPDATE work_group SET member_count = member_count - 1 WHERE id = OLD.group_id;
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "membership_count" AFTER INSERT OR DELETE ON "membership"
      FOR EACH ROW EXECUTE FUNCTION "membership_count"()`);
    await queryRunner.query(`
      CREATE TABLE "join_request" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "message" text NOT NULL DEFAULT '',
        "status" text NOT NULL DEFAULT 'pending',
        "decided_by" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "reason" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "join_request_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "join_request_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "work_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "join_request_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "join_request_status_check" CHECK ("status" IN ('pending', 'accepted', 'declined', 'withdrawn'))
      )`);
    // At most one pending request per person and group, whatever the races.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "join_request_pending_uq" ON "join_request" ("group_id", "user_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(`
      CREATE TABLE "invitation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL,
        "invited_user_id" uuid,
        "email" text,
        "role" text NOT NULL,
        "token_hash" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "invited_by" uuid NOT NULL,
        "accepted_by" uuid,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "invitation_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "invitation_token_hash_uq" UNIQUE ("token_hash"),
        CONSTRAINT "invitation_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "work_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "invitation_invited_user_id_fkey" FOREIGN KEY ("invited_user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "invitation_addressee_check" CHECK ("invited_user_id" IS NOT NULL OR "email" IS NOT NULL),
        CONSTRAINT "invitation_role_check" CHECK ("role" IN ('facilitator', 'member', 'observer', 'voter'))
      )`);
    await queryRunner.query(`CREATE INDEX "invitation_group_id_idx" ON "invitation" ("group_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TABLE "join_request"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP FUNCTION "membership_count"()`);
    await queryRunner.query(`DROP TABLE "work_group"`);
  }
}
