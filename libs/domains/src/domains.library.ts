import { DomainLibrary } from '@ouvroir/core';
import { DomainEntity } from './domain.entity';
import { DOMAINS_AUDIT_ACTIONS } from './domains.audit';
import { DomainsModule } from './domains.module';
import { DomainsResolver } from './domains.resolver';
import { CreateDomain1764320000000 } from './migrations/1764320000000-CreateDomain';
import { SeedDomains1764320000001 } from './migrations/1764320000001-SeedDomains';
import { DomainChangesNotified1782300000000 } from './migrations/1782300000000-DomainChangesNotified';

export const domainsLibrary: DomainLibrary = {
  name: 'domains',
  module: DomainsModule,
  entities: [DomainEntity],
  migrations: [CreateDomain1764320000000, SeedDomains1764320000001, DomainChangesNotified1782300000000],
  resolvers: [DomainsResolver],
  auditActions: DOMAINS_AUDIT_ACTIONS,
};
