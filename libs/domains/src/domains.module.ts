import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ouvroir/audit';
import { DomainEntity } from './domain.entity';
import { DomainsRepository } from './domains.repository';
import { DomainsResolver } from './domains.resolver';
import { DomainsService } from './domains.service';

@Module({
  imports: [TypeOrmModule.forFeature([DomainEntity]), AuditModule],
  providers: [DomainsRepository, DomainsService, DomainsResolver],
  exports: [DomainsService],
})
export class DomainsModule {}
