import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEntity } from './domain.entity';
import { DomainsRepository } from './domains.repository';
import { DomainsResolver } from './domains.resolver';
import { DomainsService } from './domains.service';

@Module({
  imports: [TypeOrmModule.forFeature([DomainEntity])],
  providers: [DomainsRepository, DomainsService, DomainsResolver],
  exports: [DomainsService],
})
export class DomainsModule {}
