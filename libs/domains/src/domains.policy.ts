import { DomainError } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';

/** Anyone reads the domains (public reference data); administrators alone create and edit them. */
export const domainsPolicy = {
  assertManage(actor: Actor | null): void {
    if (actor?.platformRole !== 'admin') throw DomainError.of('DOMAIN_ADMIN_ONLY');
  },
};
