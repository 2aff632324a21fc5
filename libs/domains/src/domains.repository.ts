import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainEntity } from './domain.entity';

@Injectable()
export class DomainsRepository {
  constructor(@InjectRepository(DomainEntity) private readonly domains: Repository<DomainEntity>) {}

  findAll(): Promise<DomainEntity[]> {
    return this.domains.find({ order: { name: 'ASC' } });
  }

  findBySlug(slug: string): Promise<DomainEntity | null> {
    return this.domains.findOneBy({ slug });
  }
}
