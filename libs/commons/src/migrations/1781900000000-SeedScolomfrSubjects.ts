import { MigrationInterface, QueryRunner } from 'typeorm';

const BASE = 'http://data.education.fr/voc/scolomfr/concept/';

/**
 * The common subjects of the second degree (« domaine d’enseignement », vocabulary 015) the first seed
 * lacked: [concept id, label]. docs/commons.md says which URI was checked against published ScoLOMFR
 * tooling and which still are to be checked against the vocabulary's release.
 */
const SUBJECTS: [string, string][] = [
  ['scolomfr-voc-015-num-058', 'mathématiques'],
  ['scolomfr-voc-015-num-034', 'français'],
  ['scolomfr-voc-015-num-042', 'histoire et géographie'],
  ['scolomfr-voc-015-num-073', 'sciences de la vie et de la Terre'],
  ['scolomfr-voc-015-num-062', 'physique-chimie'],
  ['scolomfr-voc-015-num-050', 'langues vivantes'],
  ['scolomfr-voc-015-num-031', 'éducation physique et sportive'],
  ['scolomfr-voc-015-num-017', 'arts plastiques'],
  ['scolomfr-voc-015-num-030', 'éducation musicale'],
  ['scolomfr-voc-015-num-077', 'technologie'],
  ['scolomfr-voc-015-num-1390', 'numérique et sciences informatiques'],
  ['scolomfr-voc-015-num-061', 'philosophie'],
  ['scolomfr-voc-015-num-1346', 'enseignement moral et civique'],
];

/** After the first seed's 33 concepts, in the order the forms offer them. */
const FIRST_POSITION = 100;

/** The subjects teachers look for first, so that a resource can be tagged and found by them. */
export class SeedScolomfrSubjects1781900000000 implements MigrationInterface {
  name = 'SeedScolomfrSubjects1781900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "scolomfr_concept" ("uri", "vocabulary", "label", "position")
       SELECT uri, '015', label, position FROM unnest($1::text[], $2::text[], $3::int[]) AS s (uri, label, position)
       ON CONFLICT ("uri") DO NOTHING`,
      [
        SUBJECTS.map(([id]) => BASE + id),
        SUBJECTS.map(([, label]) => label),
        SUBJECTS.map((_, index) => FIRST_POSITION + index),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "scolomfr_concept" WHERE "uri" = ANY($1::text[])`, [
      SUBJECTS.map(([id]) => BASE + id),
    ]);
  }
}
