import { Injectable } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { DomainEntity } from './domain.entity';
import { DomainsRepository } from './domains.repository';

/** Domains are public reference data: anyone may read them, administrators will edit them. */
@Injectable()
export class DomainsService {
  constructor(private readonly repository: DomainsRepository) {}

  list(): Promise<DomainEntity[]> {
    return this.repository.findAll();
  }

  async getBySlug(slug: string): Promise<DomainEntity> {
    const domain = await this.repository.findBySlug(slug);
    if (!domain) throw DomainError.of('DOMAIN_NOT_FOUND', { slug });
    return domain;
  }
}
