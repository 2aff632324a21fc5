import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { COMMON_LIMITS, ScolomfrVocabulary, SCOLOMFR_VOCABULARIES } from '@ouvroir/contracts';
import { conflictOn, DomainError, SearchIndex } from '@ouvroir/core';
import { DomainsService } from '@ouvroir/domains';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CommonSnapshot, ScolomfrConceptEntity } from './common-parts.entity';
import { CommonPartsRepository } from './common-parts.repository';
import {
  CommonFields,
  RepositoryFields,
  slugFrom,
  validCommonFields,
  ValidFields,
  validRepositories,
  validSlug,
} from './common.rules';
import { CommonsAccessService } from './commons-access.service';
import { CallLaureate, commonsPolicy } from './commons.policy';
import { CommonRow, CommonsRepository, CommonWrite } from './commons.repository';
import { commonDocument } from './common-search';
import { MaintainersService } from './maintainers.service';

/** What publishing a common takes: its fields, and optionally its address, repositories and co-maintainers. */
export interface NewCommon extends CommonFields {
  slug?: string | null;
  repositories?: RepositoryFields[] | null;
  maintainerUserIds?: string[] | null;
  maintainerOrganisationIds?: string[] | null;
}

/** An edit: the fields, and the repositories when the form sends them (absent: unchanged). */
export interface CommonEdit extends CommonFields {
  repositories?: RepositoryFields[] | null;
}

/**
 * The catalogue's entries: reading one, publishing, editing (each edit a revision, made from the
 * revision it names). Maintainers, usages, decisions and the relay have their own services.
 */
@Injectable()
export class CommonsService {
  constructor(
    private readonly repository: CommonsRepository,
    private readonly parts: CommonPartsRepository,
    private readonly access: CommonsAccessService,
    private readonly audit: AuditService,
    private readonly domains: DomainsService,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
    private readonly maintainers: MaintainersService,
    private readonly search: SearchIndex,
  ) {}

  // Reading

  async get(idOrSlug: string): Promise<CommonRow> {
    const common = isUUID(idOrSlug)
      ? await this.repository.findById(idOrSlug)
      : await this.repository.findBySlug(idOrSlug);
    if (!common) throw DomainError.of('COMMON_NOT_FOUND');
    return common;
  }

  /** The common by its address, or null (a page asks for it; its absence is no error). */
  findBySlug(slug: string): Promise<CommonRow | null> {
    return slug.length > COMMON_LIMITS.slugMax ? Promise.resolve(null) : this.repository.findBySlug(slug);
  }

  findByIds(ids: readonly string[]): Promise<CommonRow[]> {
    return this.repository.findByIds(ids.filter((id) => isUUID(id)));
  }

  /** For the notifications: a common's maintainers, people and organisations. */
  maintainersForNotices(commonId: string) {
    return this.parts.maintainersOf([commonId]);
  }

  concepts(vocabulary: string): Promise<ScolomfrConceptEntity[]> {
    if (!SCOLOMFR_VOCABULARIES.includes(vocabulary as ScolomfrVocabulary)) {
      throw DomainError.of('SCOLOMFR_VOCABULARY_UNKNOWN');
    }
    return this.repository.concepts(vocabulary as ScolomfrVocabulary);
  }

  /** The latest revisions of each common (at most 100 each). */
  revisionsOf(commonIds: readonly string[], first: number) {
    return this.parts.revisionsOf(commonIds, Math.min(Math.max(Math.trunc(first) || 1, 1), 100));
  }

  // Publishing

  /**
   * A member publishes a common; its creator is always a maintainer. With `manager`, inside the
   * caller's transaction, else in one of its own. With `laureate` (from `LaureatesService` only), a
   * call's published decision enters the catalogue: the decision, not the actor's role, allows it, and
   * the facilitator who publishes is not made a maintainer (the applicants are).
   */
  async create(
    manager: EntityManager | null,
    actor: Actor,
    input: NewCommon,
    laureate: CallLaureate | null = null,
  ): Promise<CommonRow> {
    if (laureate) commonsPolicy.assertLaureate(laureate);
    else commonsPolicy.assertCreate(actor);
    const fields = validCommonFields(input);
    const repositories = validRepositories(input.repositories ?? []);
    const slug = input.slug?.trim() ? validSlug(input.slug) : null;
    const userIds = [...new Set([...(laureate ? [] : [actor.id]), ...(input.maintainerUserIds ?? [])])];
    const organisationIds = [...new Set(input.maintainerOrganisationIds ?? [])];
    if (userIds.length + organisationIds.length > COMMON_LIMITS.maintainersMax) {
      throw DomainError.of('MAINTAINERS_TOO_MANY', { field: 'maintainers' });
    }
    await this.checkReferences(actor, fields);
    await this.maintainers.checkExisting(userIds, organisationIds);
    const work = async (tx: EntityManager) => {
      const concepts = await this.conceptsOf(tx, fields);
      const chosen = slug ?? (await this.freeSlug(tx, slugFrom(fields.name)));
      if (slug && (await this.repository.slugTaken(tx, slug))) {
        throw DomainError.of('SLUG_TAKEN', { field: 'slug', slug });
      }
      const id = await this.repository.insertCommon(tx, {
        ...this.write(fields),
        slug: chosen,
        createdBy: actor.id,
        laureateCallId: laureate?.callId ?? null,
      });
      await this.parts.insertRevision(tx, id, 1, actor.id, this.snapshot(fields));
      await this.repository.replaceScolomfr(tx, id, concepts);
      await this.parts.replaceRepositories(tx, id, repositories);
      await this.audit.record(tx, {
        action: 'common_created',
        actorId: actor.id,
        groupId: fields.stewardingGroupId,
        targetType: 'common',
        targetId: id,
        details: {
          name: fields.name,
          slug: chosen,
          kind: fields.kind,
          licence: fields.licence.expression,
          ...(laureate ? { laureateCallId: laureate.callId } : {}),
        },
      });
      const common = (await this.repository.findById(id, tx))!;
      await this.maintainers.addAll(tx, actor, common, userIds, organisationIds);
      await this.search.upsert(tx, commonDocument(common));
      return common;
    };
    const conflict = conflictOn('common_slug_uq', 'SLUG_TAKEN', { field: 'slug', slug });
    return manager ? work(manager).catch(conflict) : this.repository.transaction(work).catch(conflict);
  }

  /**
   * Those who manage the common edit it from the revision they read; when another edit came first,
   * nothing is written: COMMON_REVISION_OUTDATED (CONFLICT) with the current revision.
   */
  async update(
    actor: Actor,
    id: string,
    baseRevision: number,
    input: CommonEdit,
    outer?: EntityManager,
  ): Promise<CommonRow> {
    const fields = validCommonFields(input);
    const repositories = input.repositories ? validRepositories(input.repositories) : null;
    // Inside the caller's transaction when it gives one (the publiccode.yml import), else in its own.
    const work = async (manager: EntityManager) => {
      const { common, viewer } = await this.access.standing(actor, id, manager);
      commonsPolicy.assertManage(viewer);
      if (common.revision !== baseRevision) {
        throw DomainError.of('COMMON_REVISION_OUTDATED', { currentRevision: common.revision });
      }
      if (fields.stewardingGroupId !== common.stewardingGroupId || fields.domainId !== common.domainId) {
        await this.checkReferences(actor, fields);
      }
      const concepts = await this.conceptsOf(manager, fields);
      if (!(await this.repository.updateCommon(manager, id, baseRevision, this.write(fields)))) {
        throw DomainError.of('COMMON_REVISION_OUTDATED', { currentRevision: common.revision });
      }
      await this.parts.insertRevision(manager, id, baseRevision + 1, actor.id, this.snapshot(fields));
      await this.repository.replaceScolomfr(manager, id, concepts);
      if (repositories) await this.parts.replaceRepositories(manager, id, repositories);
      const before = this.snapshot(common);
      const after = this.snapshot(fields);
      // The ScoLOMFR values are not read with the common: they are named when given.
      const changed = Object.keys(after).filter((key) =>
        key in before ? JSON.stringify(after[key]) !== JSON.stringify(before[key]) : fields.scolomfrUris.length > 0,
      );
      await this.audit.record(manager, {
        action: fields.status !== common.status ? 'common_status_changed' : 'common_updated',
        actorId: actor.id,
        groupId: fields.stewardingGroupId,
        targetType: 'common',
        targetId: id,
        details: { name: fields.name, slug: common.slug, revision: baseRevision + 1, changed, status: fields.status },
      });
      const updated = (await this.repository.findById(id, manager))!;
      await this.search.upsert(manager, commonDocument(updated));
      return updated;
    };
    return outer ? work(outer) : this.repository.transaction(work);
  }

  /** Those who manage the common replace its repositories (sources and their public mirrors). */
  async setRepositories(actor: Actor, id: string, list: RepositoryFields[]): Promise<CommonRow> {
    const repositories = validRepositories(list);
    return this.repository.transaction(async (manager) => {
      const { common, viewer } = await this.access.standing(actor, id, manager);
      commonsPolicy.assertManage(viewer);
      await this.parts.replaceRepositories(manager, id, repositories);
      await this.repository.touch(manager, id);
      await this.audit.record(manager, {
        action: 'common_repositories_set',
        actorId: actor.id,
        groupId: common.stewardingGroupId,
        targetType: 'common',
        targetId: id,
        details: { name: common.name, slug: common.slug, urls: repositories.map((repository) => repository.url) },
      });
      return (await this.repository.findById(id, manager))!;
    });
  }

  /** Those who manage the common confirm they still maintain it: « à confirmer » goes away for 12 months. */
  async confirmMaintenance(actor: Actor, id: string): Promise<CommonRow> {
    return this.repository.transaction(async (manager) => {
      const { common, viewer } = await this.access.standing(actor, id, manager);
      commonsPolicy.assertManage(viewer);
      await this.repository.confirmMaintenance(manager, id);
      await this.audit.record(manager, {
        action: 'common_maintenance_confirmed',
        actorId: actor.id,
        groupId: common.stewardingGroupId,
        targetType: 'common',
        targetId: id,
        details: { name: common.name, slug: common.slug },
      });
      return (await this.repository.findById(id, manager))!;
    });
  }

  /** For the publiccode.yml import: the validation report kept beside the entry, inside its transaction. */
  setPubliccodeReport(manager: EntityManager, id: string, report: Record<string, unknown> | null): Promise<void> {
    return this.repository.setPubliccodeReport(manager, id, report);
  }

  private async checkReferences(actor: Actor, fields: ValidFields): Promise<void> {
    const domains = await this.domains.list();
    if (!domains.some((domain) => domain.id === fields.domainId)) {
      throw DomainError.of('COMMON_DOMAIN_UNKNOWN', { field: 'domainId' });
    }
    if (fields.stewardingGroupId && !(await this.groups.standing(actor, fields.stewardingGroupId))) {
      throw DomainError.of('COMMON_GROUP_UNKNOWN', { field: 'stewardingGroupId' });
    }
  }

  private async conceptsOf(manager: EntityManager, fields: ValidFields): Promise<ScolomfrConceptEntity[]> {
    if (fields.scolomfrUris.length === 0) return [];
    const concepts = await this.repository.conceptsByUris(manager, fields.scolomfrUris);
    const unknown = fields.scolomfrUris.find((uri) => !concepts.some((concept) => concept.uri === uri));
    if (unknown !== undefined) {
      throw DomainError.of('SCOLOMFR_UNKNOWN_CONCEPT', { field: 'scolomfr', uri: unknown.slice(0, 200) });
    }
    return concepts;
  }

  /** `base`, or `base-2`, `base-3`… the first one free. */
  private async freeSlug(manager: EntityManager, base: string): Promise<string> {
    const taken = new Set(await this.repository.slugsLike(manager, base));
    if (!taken.has(base)) return base;
    for (let suffix = 2; ; suffix += 1) {
      const candidate = `${base.slice(0, COMMON_LIMITS.slugMax - String(suffix).length - 1)}-${suffix}`;
      if (!taken.has(candidate)) return candidate;
    }
  }

  private write(fields: ValidFields): CommonWrite {
    return {
      kind: fields.kind,
      name: fields.name,
      summary: fields.summary,
      description: fields.description,
      domainId: fields.domainId,
      stewardingGroupId: fields.stewardingGroupId,
      status: fields.status,
      website: fields.website,
      tags: fields.tags,
      licence: fields.licence.expression,
      licenceIds: fields.licence.ids,
      licenceOpen: fields.licence.open,
    };
  }

  /** The editable fields as a revision keeps them (from the input, or from the common as read). */
  private snapshot(source: ValidFields | CommonRow): CommonSnapshot {
    const licence = typeof source.licence === 'string' ? source.licence : source.licence.expression;
    return {
      kind: source.kind,
      name: source.name,
      summary: source.summary,
      description: source.description,
      domainId: source.domainId,
      stewardingGroupId: source.stewardingGroupId,
      status: source.status,
      website: source.website,
      tags: source.tags,
      licence,
      ...('scolomfrUris' in source ? { scolomfrUris: source.scolomfrUris } : {}),
    };
  }
}
