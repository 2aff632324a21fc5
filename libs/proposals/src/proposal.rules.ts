import { DomainError, validText, withoutBidiControls } from '@ouvroir/core';

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 2_000;
export const BODY_MAX = 100_000;
export const COMMENT_MAX = 5_000;
export const REASON_MAX = 1_000;
const TAGS_MAX = 10;
const TAG_MAX = 40;

export function validTitle(title: string): string {
  const trimmed = withoutBidiControls(title).trim();
  if (!trimmed) throw new DomainError('BAD_USER_INPUT', 'Donnez un titre à la proposition.', { field: 'title' });
  return validText(trimmed, TITLE_MAX, 'title', 'Le titre');
}

/** Tags, trimmed, lower-cased, without duplicates. */
export function validTags(tags: string[]): string[] {
  const cleaned = [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  if (cleaned.length > TAGS_MAX || cleaned.some((tag) => tag.length > TAG_MAX)) {
    throw new DomainError('BAD_USER_INPUT', `Au plus ${TAGS_MAX} mots-clés de ${TAG_MAX} caractères chacun.`, {
      field: 'tags',
    });
  }
  return cleaned;
}
