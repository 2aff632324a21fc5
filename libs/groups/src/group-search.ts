import type { SearchDocument } from '@ouvroir/core';
import type { GroupEntity } from './group.entity';

/**
 * A group as the search finds it: by whoever may see it (`group:<id>`, which the search's viewers
 * hold for every public group and for their own), so that a change of visibility needs no rewrite.
 */
export const groupDocument = (group: GroupEntity): SearchDocument => ({
  kind: 'group',
  id: group.id,
  title: group.name,
  summary: group.shortDescription,
  body: group.charter,
  readers: [`group:${group.id}`],
  domainId: group.domainId,
  path: `/groupes/${group.slug}`,
  updatedAt: group.updatedAt,
});
