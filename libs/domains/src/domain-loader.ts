import { requestLoader } from '@ouvroir/core';
import type { DomainsService } from './domains.service';

/** The request's loader of domains by id, for any domain's resolvers: their short list read once per request. */
export const domainLoader = (context: object, domains: DomainsService) =>
  requestLoader(context, 'domains', async (ids: readonly string[]) => {
    const byId = new Map((await domains.list()).map((domain) => [domain.id, domain]));
    return ids.map((id) => byId.get(id) ?? null);
  });
