import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { DomainError, validText, withoutBidiControls } from '@ouvroir/core';

/** What an author writes: the fields of a revision. */
export interface ProposalText {
  title: string;
  summary?: string;
  body?: string;
  tags?: string[];
}

export function validTitle(title: string): string {
  const trimmed = withoutBidiControls(title).trim();
  if (!trimmed) throw DomainError.of('PROPOSAL_TITLE_MISSING', { field: 'title' });
  return validText(trimmed, PROPOSAL_LIMITS.titleMax, 'title', 'Le titre');
}

/** Tags, trimmed, lower-cased, without duplicates. */
export function validTags(tags: string[]): string[] {
  const cleaned = [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  if (cleaned.length > PROPOSAL_LIMITS.tagsMax || cleaned.some((tag) => tag.length > PROPOSAL_LIMITS.tagMax)) {
    throw DomainError.of('PROPOSAL_TAGS_TOO_MANY', { field: 'tags' });
  }
  return cleaned;
}

/** The text of a new revision, every field checked. */
export function validProposalText(text: ProposalText): Required<ProposalText> {
  return {
    title: validTitle(text.title),
    summary: validText(text.summary ?? '', PROPOSAL_LIMITS.summaryMax, 'summary', 'Le résumé'),
    body: validText(text.body ?? '', PROPOSAL_LIMITS.bodyMax, 'body', 'Le texte'),
    tags: validTags(text.tags ?? []),
  };
}
