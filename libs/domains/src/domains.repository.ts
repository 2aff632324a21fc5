import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DomainEntity } from './domain.entity';

@Injectable()
export class DomainsRepository {
  constructor(@InjectRepository(DomainEntity) private readonly domains: Repository<DomainEntity>) {}

  /** Every domain, by name. Plain SQL: the home page asks this on every visit, and TypeORM's
   * query building cost more than the query itself (npm run bench). */
  findAll(): Promise<DomainEntity[]> {
    return this.domains.query('SELECT id, slug, name, description FROM domain ORDER BY name');
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.domains.manager.transaction(work);
  }

  /** Locked: an edit and another edit of the same domain are written one after the other. */
  findById(manager: EntityManager, id: string): Promise<DomainEntity | null> {
    return manager.findOne(DomainEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async slugTaken(manager: EntityManager, slug: string): Promise<boolean> {
    return (await manager.countBy(DomainEntity, { slug })) > 0;
  }

  save(manager: EntityManager, domain: Partial<DomainEntity>): Promise<DomainEntity> {
    return manager.save(DomainEntity, domain);
  }
}
