import { Injectable } from '@nestjs/common';
import type { SearchKind } from '@ouvroir/contracts';
import { EntityManager } from 'typeorm';

/** The most characters of a body the index keeps: enough to find a text by its words, bounded. */
export const SEARCH_BODY_MAX = 20_000;

/**
 * What the search finds of one object, as its owning domain writes it. `readers` are the keys of
 * who may read it, computed by that domain from its own rules (see docs/search.md):
 * `public`, `group:<id>` (whoever may see the group), `member:<id>` (any role in it),
 * `facilitator:<id>`, `author:<groupId>:<userId>` (an author while they write in the group).
 */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  title: string;
  summary?: string;
  body?: string;
  /**
   * The readers' keys, or those of another document, followed whenever that one changes (its
   * domain too, when `domainId` is null).
   */
  readers: string[] | { sameAs: { kind: SearchKind; id: string } };
  domainId: string | null;
  /** The web page of the result, e.g. `/propositions/<id>`. */
  path: string;
  updatedAt?: Date;
}

const weighted = (parameter: string, weight: 'A' | 'B' | 'C') =>
  `setweight(to_tsvector('french_unaccent'::regconfig, ${parameter}), '${weight}')`;

/**
 * The writer of the search table (`search_document`, created by libs/search): every domain keeps
 * its objects' documents up to date inside the transaction of the change, so that the search never
 * shows what a rolled-back act wrote, nor misses what a committed one did. Searching is libs/search's.
 */
@Injectable()
export class SearchIndex {
  /**
   * Writes the document (title weighted A, summary B, body C, in French without accents) and gives
   * its readers to the documents that follow them (a proposal's messages), in one statement.
   */
  async upsert(manager: EntityManager, document: SearchDocument): Promise<void> {
    const key = `${document.kind}:${document.id}`;
    const sameAs = Array.isArray(document.readers) ? null : document.readers.sameAs;
    await manager.query(
      `WITH upserted AS (
         INSERT INTO search_document AS d
           (kind, entity_id, title, title_key, summary, body, document, readers, readers_of, domain_id, path, updated_at)
         VALUES ($1, $2, $3, lower(unaccent($3)), $4, $5,
           ${weighted('$3', 'A')} || ${weighted('$4', 'B')} || ${weighted('$5', 'C')},
           CASE WHEN $7::text IS NULL THEN $6::text[]
                ELSE coalesce((SELECT f.readers FROM search_document f WHERE f.kind = $7 AND f.entity_id = $8), '{}') END,
           CASE WHEN $7::text IS NULL THEN NULL ELSE $7 || ':' || $8 END,
           CASE WHEN $7::text IS NULL THEN $9::uuid
                ELSE coalesce($9::uuid, (SELECT f.domain_id FROM search_document f WHERE f.kind = $7 AND f.entity_id = $8)) END,
           $10, coalesce($11, now()))
         ON CONFLICT (kind, entity_id) DO UPDATE SET title = EXCLUDED.title, title_key = EXCLUDED.title_key,
           summary = EXCLUDED.summary, body = EXCLUDED.body, document = EXCLUDED.document,
           readers = EXCLUDED.readers, readers_of = EXCLUDED.readers_of, domain_id = EXCLUDED.domain_id,
           path = EXCLUDED.path, updated_at = EXCLUDED.updated_at
         RETURNING d.readers)
       UPDATE search_document f SET readers = upserted.readers FROM upserted
       WHERE f.readers_of = $12 AND f.readers IS DISTINCT FROM upserted.readers`,
      [
        document.kind,
        document.id,
        document.title,
        document.summary ?? '',
        (document.body ?? '').slice(0, SEARCH_BODY_MAX),
        sameAs ? null : document.readers,
        sameAs?.kind ?? null,
        sameAs?.id ?? null,
        document.domainId,
        document.path,
        document.updatedAt ?? null,
        key,
      ],
    );
  }

  /** Removes the document and those following its readers (a deleted proposal's messages). */
  async remove(manager: EntityManager, kind: SearchKind, id: string): Promise<void> {
    await manager.query(
      `DELETE FROM search_document WHERE (kind = $1 AND entity_id = $2) OR readers_of = $1 || ':' || $2`,
      [kind, id],
    );
  }
}
