export { DomainEntity } from './domain.entity';
export { DomainModel } from './domain.model';
export { DomainsModule } from './domains.module';
export { DomainsService } from './domains.service';
export { DomainsResolver } from './domains.resolver';
import { CreateDomain1764320000000 } from './migrations/1764320000000-CreateDomain';
import { SeedDomains1764320000001 } from './migrations/1764320000001-SeedDomains';

/** This library's tables, in the order they were added. */
export const domainsMigrations = [CreateDomain1764320000000, SeedDomains1764320000001];
