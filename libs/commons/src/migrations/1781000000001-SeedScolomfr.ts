import { MigrationInterface, QueryRunner } from 'typeorm';

const BASE = 'http://data.education.fr/voc/scolomfr/concept/';

/**
 * The ScoLOMFR concepts the forms offer: [vocabulary, concept id, label]. The URIs are ScoLOMFR's
 * own and never change; docs/commons.md says which ones were checked against published records and
 * which still are to be checked against the vocabulary's release.
 */
const CONCEPTS: [string, string, string][] = [
  // Level (022)
  ['022', 'scolomfr-voc-022-num-618', 'cycle 1'],
  ['022', 'scolomfr-voc-022-num-619', 'cycle 2'],
  ['022', 'scolomfr-voc-022-num-620', 'cycle 3'],
  ['022', 'scolomfr-voc-022-num-621', 'cycle 4'],
  ['022', 'scolomfr-voc-022-num-016', 'collège'],
  ['022', 'scolomfr-voc-022-num-024', 'lycée'],
  ['022', 'scolomfr-voc-022-num-142', 'lycée général et technologique'],
  ['022', 'scolomfr-voc-022-num-165', 'lycée professionnel'],
  // Subject (015)
  ['015', 'scolomfr-voc-015-num-035', 'français (premier degré)'],
  ['015', 'scolomfr-voc-015-num-1357', 'français (cycle 3)'],
  ['015', 'scolomfr-voc-015-num-040', 'histoire'],
  ['015', 'scolomfr-voc-015-num-036', 'géographie'],
  ['015', 'scolomfr-voc-015-num-157', 'français langue étrangère'],
  ['015', 'scolomfr-voc-015-num-13710', 'allemand'],
  ['015', 'scolomfr-voc-015-num-070', 'sciences économiques et sociales'],
  ['015', 'scolomfr-voc-015-num-903', 'éducation aux médias et à l’information'],
  // Pedagogical type (010)
  ['010', 'lecture', 'cours / présentation'],
  ['010', 'exercise', 'exercice'],
  ['010', 'scolomfr-voc-010-num-027', 'activité pédagogique'],
  ['010', 'scolomfr-voc-010-num-006', 'étude de cas'],
  ['010', 'scolomfr-voc-010-num-014', 'manuel d’enseignement'],
  ['010', 'scolomfr-voc-010-num-015', 'matériel de référence'],
  ['010', 'scolomfr-voc-010-num-018', 'production d’élève'],
  ['010', 'scolomfr-voc-010-num-025', 'méthode de langues'],
  // Document type (005)
  ['005', 'scolomfr-voc-005-num-003', 'article'],
  ['005', 'scolomfr-voc-005-num-006', 'banque de vidéos'],
  ['005', 'scolomfr-voc-005-num-008', 'base de données'],
  ['005', 'scolomfr-voc-005-num-014', 'collection de documents'],
  ['005', 'scolomfr-voc-005-num-023', 'image numérique'],
  ['005', 'scolomfr-voc-005-num-024', 'livre numérique'],
  ['005', 'scolomfr-voc-005-num-032', 'photographie'],
  ['005', 'scolomfr-voc-005-num-039', 'site Web'],
  ['005', 'scolomfr-voc-005-num-041', 'web média'],
];

/** Reference data the forms and the import need from the start. */
export class SeedScolomfr1781000000001 implements MigrationInterface {
  name = 'SeedScolomfr1781000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "scolomfr_concept" ("uri", "vocabulary", "label", "position")
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
       ON CONFLICT ("uri") DO NOTHING`,
      [
        CONCEPTS.map(([, id]) => BASE + id),
        CONCEPTS.map(([vocabulary]) => vocabulary),
        CONCEPTS.map(([, , label]) => label),
        CONCEPTS.map((_, index) => index),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "scolomfr_concept" WHERE "uri" = ANY($1::text[])`, [
      CONCEPTS.map(([, id]) => BASE + id),
    ]);
  }
}
