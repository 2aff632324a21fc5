import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainEntity } from './domain.entity';

@Injectable()
export class DomainsRepository {
  constructor(@InjectRepository(DomainEntity) private readonly domains: Repository<DomainEntity>) {}

  /** Every domain, by name. Plain SQL: the home page asks this on every visit, and TypeORM's
   * query building cost more than the query itself (npm run bench). */
  findAll(): Promise<DomainEntity[]> {
    return this.domains.query('SELECT id, slug, name, description FROM domain ORDER BY name');
  }

  findBySlug(slug: string): Promise<DomainEntity | null> {
    return this.domains.findOneBy({ slug });
  }
}
