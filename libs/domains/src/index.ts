export { DomainEntity } from './domain.entity';
export { DomainModel } from './domain.model';
export { DomainsModule } from './domains.module';
export { DomainsService } from './domains.service';
export { DomainsResolver } from './domains.resolver';
export { domainsLibrary } from './domains.library';
