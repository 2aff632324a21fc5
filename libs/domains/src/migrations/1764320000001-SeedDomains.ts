import { MigrationInterface, QueryRunner } from 'typeorm';

/** The programme's first two domains: reference data every installation starts with. */
export class SeedDomains1764320000001 implements MigrationInterface {
  name = 'SeedDomains1764320000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "domain" ("slug", "name", "description") VALUES ($1, $2, $3), ($4, $5, $6)
       ON CONFLICT ("slug") DO NOTHING`,
      [
        'logiciels-libres',
        'Logiciels libres',
        'Les logiciels libres utiles à l’enseignement et à l’administration : les choisir, les déployer, les améliorer ensemble.',
        'ressources-educatives-libres',
        'Ressources éducatives libres',
        'Les ressources pédagogiques sous licence libre : les produire, les partager, les réutiliser en classe.',
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "domain" WHERE "slug" IN ('logiciels-libres', 'ressources-educatives-libres')`,
    );
  }
}
