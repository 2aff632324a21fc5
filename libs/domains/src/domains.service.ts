import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { conflictOn, DomainError } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { DomainEntity } from './domain.entity';
import { DomainFields, validDomainFields } from './domain.rules';
import { domainsPolicy } from './domains.policy';
import { DomainsRepository } from './domains.repository';

/** Domains are public reference data: anyone may read them, administrators create and edit them (journaled). */
@Injectable()
export class DomainsService {
  constructor(
    private readonly repository: DomainsRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<DomainEntity[]> {
    return this.repository.findAll();
  }

  async getBySlug(slug: string): Promise<DomainEntity> {
    const domain = await this.repository.findBySlug(slug);
    if (!domain) throw DomainError.of('DOMAIN_NOT_FOUND', { slug });
    return domain;
  }

  async create(actor: Actor, input: DomainFields): Promise<DomainEntity> {
    domainsPolicy.assertManage(actor);
    const fields = validDomainFields(input);
    return this.repository
      .transaction(async (manager) => {
        if (await this.repository.slugTaken(manager, fields.slug)) {
          throw DomainError.of('DOMAIN_SLUG_TAKEN', { field: 'slug', slug: fields.slug });
        }
        const domain = await this.repository.save(manager, fields);
        await this.audit.record(manager, {
          action: 'domain_created',
          actorId: actor.id,
          groupId: null,
          targetType: 'domain',
          targetId: domain.id,
          details: { domain: domain.name, slug: domain.slug },
        });
        return domain;
      })
      .catch(conflictOn('domain_slug_uq', 'DOMAIN_SLUG_TAKEN', { field: 'slug', slug: fields.slug }));
  }

  /** Changes a domain's name, address or description; its groups follow it (they hold its id). */
  async update(actor: Actor, domainId: string, input: DomainFields): Promise<DomainEntity> {
    domainsPolicy.assertManage(actor);
    const fields = validDomainFields(input);
    return this.repository
      .transaction(async (manager) => {
        const domain = isUUID(domainId) ? await this.repository.findById(manager, domainId) : null;
        if (!domain) throw DomainError.of('DOMAIN_NOT_FOUND', { slug: domainId });
        if (fields.slug !== domain.slug && (await this.repository.slugTaken(manager, fields.slug))) {
          throw DomainError.of('DOMAIN_SLUG_TAKEN', { field: 'slug', slug: fields.slug });
        }
        const changed = Object.keys(fields).filter(
          (key) => fields[key as keyof DomainFields] !== domain[key as keyof DomainFields],
        );
        const saved = await this.repository.save(manager, { ...domain, ...fields });
        await this.audit.record(manager, {
          action: 'domain_updated',
          actorId: actor.id,
          groupId: null,
          targetType: 'domain',
          targetId: domain.id,
          details: { domain: saved.name, slug: saved.slug, changed },
        });
        return saved;
      })
      .catch(conflictOn('domain_slug_uq', 'DOMAIN_SLUG_TAKEN', { field: 'slug', slug: fields.slug }));
  }
}
