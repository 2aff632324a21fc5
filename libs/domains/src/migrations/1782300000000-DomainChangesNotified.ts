import { notifyTableChanges } from '@ouvroir/core';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every instance keeps the domains in memory: the table says when they change (TableChanges). */
export class DomainChangesNotified1782300000000 implements MigrationInterface {
  name = 'DomainChangesNotified1782300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of notifyTableChanges('domain')) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER domain_changes ON "domain"`);
  }
}
