import { MigrationInterface, QueryRunner } from 'typeorm';

const weighted = (text: string, weight: 'A' | 'B' | 'C') =>
  `setweight(to_tsvector('french_unaccent'::regconfig, ${text}), '${weight}')`;
const documentOf = (title: string, summary: string, body: string) =>
  `${weighted(title, 'A')} || ${weighted(summary, 'B')} || ${weighted(`left(${body}, 20000)`, 'C')}`;
/** A message's text as the search keeps it: a mention (`@[Name](id)`) becomes `@Name`. */
const PLAIN = String.raw`regexp_replace(m.body, '@\[([^\]]*)\]\([^)]*\)', '@\1', 'g')`;
const FIRST_LINE = `left(btrim(split_part(${PLAIN}, E'\n', 1)), 100)`;
const COLUMNS = `(kind, entity_id, title, title_key, summary, body, document, readers, readers_of, domain_id, path, updated_at)`;

/**
 * The search table, and the documents of what exists already, computed as the domains' feeds do
 * (docs/search.md: the same readers' keys; a message's title is its first line).
 */
export class CreateSearchDocument1781100000000 implements MigrationInterface {
  name = 'CreateSearchDocument1781100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "search_document" ("kind" text NOT NULL, "entity_id" text NOT NULL, "title" text NOT NULL, "title_key" text NOT NULL, "summary" text NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "document" tsvector NOT NULL, "readers" text array NOT NULL, "readers_of" text, "domain_id" uuid, "path" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "search_document_kind_check" CHECK ("kind" IN ('group', 'proposal', 'common', 'message')), CONSTRAINT "search_document_pkey" PRIMARY KEY ("kind", "entity_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_readers_of_idx" ON "search_document" ("readers_of") WHERE "readers_of" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "search_document_document_idx" ON "search_document" USING GIN ("document")`);
    await queryRunner.query(`CREATE INDEX "search_document_readers_idx" ON "search_document" USING GIN ("readers")`);
    await queryRunner.query(
      `CREATE INDEX "search_document_title_idx" ON "search_document" USING GIN ("title_key" gin_trgm_ops)`,
    );
    // Groups: whoever may see the group.
    await queryRunner.query(`
      INSERT INTO search_document ${COLUMNS}
      SELECT 'group', g.id::text, g.name, lower(unaccent(g.name)), g.short_description, left(g.charter, 20000),
        ${documentOf('g.name', 'g.short_description', 'g.charter')},
        ARRAY['group:' || g.id], NULL, g.domain_id, '/groupes/' || g.slug, g.updated_at
      FROM work_group g`);
    // Proposals: a draft for the group's facilitators, then whoever sees the group, the committee's
    // members once submitted; and its authors while they write in the group.
    await queryRunner.query(`
      INSERT INTO search_document ${COLUMNS}
      SELECT 'proposal', p.id::text, p.title, lower(unaccent(p.title)), p.summary, left(p.body, 20000),
        ${documentOf('p.title', 'p.summary', 'p.body')},
        CASE WHEN p.state = 'draft' THEN ARRAY['facilitator:' || p.group_id]
             ELSE ARRAY['group:' || p.group_id]
               || CASE WHEN p.committee_id IS NOT NULL AND p.state NOT IN ('in_discussion', 'withdrawn')
                       THEN ARRAY['member:' || p.committee_id] ELSE '{}'::text[] END END
          || coalesce((SELECT array_agg('author:' || p.group_id || ':' || a.user_id ORDER BY a.user_id)
                       FROM proposal_author a WHERE a.proposal_id = p.id), '{}'),
        NULL, g.domain_id, '/propositions/' || p.id, p.updated_at
      FROM proposal p JOIN work_group g ON g.id = p.group_id`);
    // Visible messages: a group's channel for its members, a proposal's for the proposal's readers.
    await queryRunner.query(`
      INSERT INTO search_document ${COLUMNS}
      SELECT 'message', m.id::text, ${FIRST_LINE}, lower(unaccent(${FIRST_LINE})),
        '', left(${PLAIN}, 20000), ${documentOf(FIRST_LINE, `''`, PLAIN)},
        CASE WHEN c.group_id IS NOT NULL THEN ARRAY['member:' || c.group_id]
             ELSE coalesce((SELECT s.readers FROM search_document s WHERE s.kind = 'proposal' AND s.entity_id = c.proposal_id::text), '{}') END,
        CASE WHEN c.proposal_id IS NOT NULL THEN 'proposal:' || c.proposal_id END,
        coalesce(g.domain_id, pg.domain_id),
        CASE WHEN c.group_id IS NOT NULL THEN '/groupes/' || g.slug ELSE '/propositions/' || c.proposal_id END
          || '#message-' || m.id,
        coalesce(m.edited_at, m.created_at)
      FROM message m JOIN channel c ON c.id = m.channel_id
        LEFT JOIN work_group g ON g.id = c.group_id
        LEFT JOIN proposal p ON p.id = c.proposal_id LEFT JOIN work_group pg ON pg.id = p.group_id
      WHERE m.status = 'visible'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_document"`);
  }
}
