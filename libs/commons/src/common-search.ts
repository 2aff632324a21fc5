import type { SearchDocument } from '@ouvroir/core';
import type { CommonEntity } from './common.entity';

/** A common as the portal's search finds it: the catalogue is public, archived entries included. */
export const commonDocument = (common: CommonEntity): SearchDocument => ({
  kind: 'common',
  id: common.id,
  title: common.name,
  summary: common.summary,
  body: common.description,
  readers: ['public'],
  domainId: common.domainId,
  path: `/communs/${common.slug}`,
  updatedAt: common.updatedAt,
});
