import type { SearchDocument } from '@ouvroir/core';
import type { GroupEntity } from '@ouvroir/groups';
import type { ProposalEntity } from '@ouvroir/proposals';
import type { MessageEntity } from './discussion.entity';

/** The longest title a message gets in the search: the start of its first line. */
const TITLE_MAX = 100;

/** A mention (`@[Name](id)`) as a reader sees it: the name. */
const readable = (body: string) => body.replace(/@\[([^\]]*)\]\([^)]*\)/g, '@$1');

/**
 * A visible message as the search finds it, by those who may read its channel: a group's members
 * (`member:<id>`), or whoever reads the proposal, whose document's readers (and domain) it follows.
 * Deleted and removed messages have no document.
 */
export function messageDocument(
  message: MessageEntity,
  where: { group: GroupEntity; proposal: null } | { group: null; proposal: ProposalEntity },
): SearchDocument {
  const body = readable(message.body);
  const common = {
    kind: 'message' as const,
    id: message.id,
    title: body.split('\n', 1)[0].trim().slice(0, TITLE_MAX),
    body,
    updatedAt: message.editedAt ?? message.createdAt,
  };
  return where.group
    ? {
        ...common,
        readers: [`member:${where.group.id}`],
        domainId: where.group.domainId,
        path: `/groupes/${where.group.slug}#message-${message.id}`,
      }
    : {
        ...common,
        readers: { sameAs: { kind: 'proposal', id: where.proposal.id } },
        domainId: null,
        path: `/propositions/${where.proposal.id}#message-${message.id}`,
      };
}
