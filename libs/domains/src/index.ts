export { DomainEntity } from './domain.entity';
export { DomainModel } from './domain.model';
export { DomainsModule } from './domains.module';
export { DomainsService } from './domains.service';
export { domainLoader } from './domain-loader';
export { DomainsResolver } from './domains.resolver';
export { domainsLibrary } from './domains.library';
