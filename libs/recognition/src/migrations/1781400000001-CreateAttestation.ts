import { MigrationInterface, QueryRunner } from 'typeorm';

/** The attestations « contribution reconnue » of the recognition. */
export class CreateAttestation1781400000001 implements MigrationInterface {
  name = 'CreateAttestation1781400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "attestation" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "subject_id" uuid NOT NULL,
      "author_id" uuid NOT NULL,
      "group_id" uuid NOT NULL,
      "reason" text NOT NULL,
      "hidden" boolean NOT NULL DEFAULT false,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "attestation_not_self_check" CHECK ("subject_id" <> "author_id"),
      CONSTRAINT "attestation_reason_length_check" CHECK (char_length("reason") BETWEEN 1 AND 1000),
      CONSTRAINT "attestation_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "attestation_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "user_account"("id") ON DELETE CASCADE,
      CONSTRAINT "attestation_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE,
      CONSTRAINT "attestation_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "work_group"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(`CREATE INDEX "attestation_subject_id_idx" ON "attestation" ("subject_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "attestation"`);
  }
}
