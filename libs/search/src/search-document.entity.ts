import type { SearchKind } from '@ouvroir/contracts';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One searchable object of any domain, written by its owning domain through core's `SearchIndex`
 * in the transaction of the change, read by the search only. Its GIN indexes (the French document,
 * the readers' keys, the title's trigrams) are written by the migration, which TypeORM cannot express.
 */
@Entity({ name: 'search_document' })
@Check('search_document_kind_check', `"kind" IN ('group', 'proposal', 'common', 'message')`)
@Index('search_document_document_idx', { synchronize: false })
@Index('search_document_readers_idx', { synchronize: false })
@Index('search_document_title_idx', { synchronize: false })
@Index('search_document_readers_of_idx', ['readersOf'], { where: '"readers_of" IS NOT NULL' })
export class SearchDocumentEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'search_document_pkey' })
  kind: SearchKind;

  @PrimaryColumn({ name: 'entity_id', type: 'text', primaryKeyConstraintName: 'search_document_pkey' })
  entityId: string;

  @Column({ type: 'text' })
  title: string;

  /** The title in lower case without accents, for the trigram typo tolerance. */
  @Column({ name: 'title_key', type: 'text' })
  titleKey: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** At most SEARCH_BODY_MAX characters of the object's text. */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'tsvector' })
  document: string;

  @Column({ type: 'text', array: true })
  readers: string[];

  /** `<kind>:<id>` of the document whose readers this one follows (a proposal's messages). */
  @Column({ name: 'readers_of', type: 'text', nullable: true })
  readersOf: string | null;

  @Column({ name: 'domain_id', type: 'uuid', nullable: true })
  domainId: string | null;

  @Column({ type: 'text' })
  path: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
