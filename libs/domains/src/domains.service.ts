import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { conflictOn, DomainError, TableChanges } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { DomainEntity } from './domain.entity';
import { DomainFields, validDomainFields } from './domain.rules';
import { domainsPolicy } from './domains.policy';
import { DomainsRepository } from './domains.repository';

/**
 * Domains are public reference data: anyone may read them, administrators create and edit them
 * (journaled). Nearly every page names a domain and they change a few times a year, so the list is
 * kept in memory until the table says it changed (TableChanges): a statement less on every page.
 */
@Injectable()
export class DomainsService {
  /** Shared by every request: read-only (frozen), never handed out to be modified. */
  private readonly all: () => Promise<readonly DomainEntity[]>;

  constructor(
    private readonly repository: DomainsRepository,
    private readonly audit: AuditService,
    private readonly changes: TableChanges,
  ) {
    this.all = changes.cachedRead('domain', async () =>
      Object.freeze((await repository.findAll()).map((domain) => Object.freeze(domain))),
    );
  }

  list(): Promise<readonly DomainEntity[]> {
    return this.all();
  }

  async getBySlug(slug: string): Promise<DomainEntity> {
    const domain = (await this.all()).find((candidate) => candidate.slug === slug);
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
      .then(this.changed, conflictOn('domain_slug_uq', 'DOMAIN_SLUG_TAKEN', { field: 'slug', slug: fields.slug }));
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
      .then(this.changed, conflictOn('domain_slug_uq', 'DOMAIN_SLUG_TAKEN', { field: 'slug', slug: fields.slug }));
  }

  /** Once committed, this instance reads the domains again at once (the others when the notice comes). */
  private readonly changed = (domain: DomainEntity): DomainEntity => {
    this.changes.changed('domain');
    return domain;
  };
}
