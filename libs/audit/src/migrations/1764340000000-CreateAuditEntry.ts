import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal of governance acts. A trigger refuses UPDATE, DELETE and TRUNCATE, whoever the
 * database user is: correcting the journal means appending an entry, never rewriting one.
 */
export class CreateAuditEntry1764340000000 implements MigrationInterface {
  name = 'CreateAuditEntry1764340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_entry" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "action" text NOT NULL,
        "actor_id" uuid,
        "group_id" uuid,
        "target_type" text NOT NULL,
        "target_id" text NOT NULL,
        "subject_user_id" uuid,
        "details" jsonb NOT NULL DEFAULT '{}',
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "audit_entry_group_id_idx" ON "audit_entry" ("group_id", "id")`);
    await queryRunner.query(`CREATE INDEX "audit_entry_actor_id_idx" ON "audit_entry" ("actor_id", "id")`);
    await queryRunner.query(`
      CREATE FUNCTION "audit_entry_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry"
      FOR EACH ROW EXECUTE FUNCTION "audit_entry_refuse_change"()`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_refuse_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION "audit_entry_refuse_change"()`);
  }
}
