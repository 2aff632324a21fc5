import { Injectable } from '@nestjs/common';
import { AppConfig, DomainError, InjectConfig } from '@ouvroir/core';
import { COMMON_LIMITS, PUBLICCODE_LIMITS, PubliccodeReportItem } from '@ouvroir/contracts';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CommonPartsRepository } from '../common-parts.repository';
import { CommonsAccessService } from '../commons-access.service';
import { commonsPolicy } from '../commons.policy';
import { CommonRow, CommonsRepository } from '../commons.repository';
import { CommonEdit, CommonsService } from '../commons.service';
import { parseLicence } from '../licence';
import { ForgeClient } from './forge-client';
import { exportPubliccode, PubliccodeSource } from './publiccode-export';
import { importPubliccode, PubliccodeEntry, PubliccodeImport } from './publiccode-import';
import { PubliccodeRepository } from './publiccode.repository';
import { PUBLICCODE_CATEGORIES, PUBLICCODE_PLATFORMS, PUBLICCODE_SOFTWARE_TYPES } from './publiccode-vocabulary';

/** The licence of an entry whose file declares none (or an unreadable one): kept, and shown as not open. */
export const UNSTATED_LICENCE = 'LicenseRef-non-precisee';

/** What the file's usedBy names become: at most this many looked up among the organisations. */
const USED_BY_LOOKUPS = 20;

/** The validation report as stored beside the entry (`common.publiccode_report`). */
export interface StoredPubliccodeReport {
  importedAt: string;
  items: PubliccodeReportItem[];
}

/**
 * publiccode.yml in and out of the catalogue: importing a file (pasted, or read from the forge) into a
 * new software common or the one it describes, and writing one for a software common. See
 * docs/open-data.md.
 */
@Injectable()
export class PubliccodeService {
  constructor(
    private readonly commons: CommonsService,
    private readonly repository: CommonsRepository,
    private readonly parts: CommonPartsRepository,
    private readonly publiccode: PubliccodeRepository,
    private readonly access: CommonsAccessService,
    private readonly identity: IdentityService,
    private readonly forge: ForgeClient,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Imports a publiccode.yml: into `commonId` when given (its managers only), else into the common
   * whose repository is the file's `url` (same rule), else into a new software common of `domainId`.
   * Everything in one transaction; a refusal writes nothing.
   */
  async importText(
    actor: Actor,
    input: Buffer | string,
    domainId: string | null,
    commonId: string | null,
  ): Promise<CommonRow> {
    commonsPolicy.assertCreate(actor);
    const imported = importPubliccode(input);
    const report = [...imported.report, ...(await this.usedByReport(actor, imported.entry.usedBy))];
    return this.repository.transaction(async (manager) => {
      const targetId = commonId ?? (await this.publiccode.commonIdByRepositoryUrl(manager, imported.entry.url));
      if (!targetId) return this.create(manager, actor, imported, report, domainId);
      const { common, viewer } = await this.access.standing(actor, targetId, manager);
      if (common.kind !== 'software') throw DomainError.of('PUBLICCODE_SOFTWARE_ONLY');
      if (!commonsPolicy.mayManage(viewer)) {
        if (commonId) commonsPolicy.assertManage(viewer);
        throw DomainError.of('PUBLICCODE_ALREADY_LISTED', { slug: common.slug });
      }
      return this.update(manager, actor, common, imported, report);
    });
  }

  /** Reads the publiccode.yml of a common's source repository (or of a repository's address) from its forge, then imports it. */
  async importFromRepository(
    actor: Actor,
    target: { commonId?: string | null; url?: string | null },
    domainId: string | null,
  ): Promise<CommonRow> {
    commonsPolicy.assertCreate(actor);
    let url = target.url?.trim().slice(0, COMMON_LIMITS.repositoryUrlMax) ?? null;
    if (target.commonId) {
      const { common, viewer } = await this.access.standing(actor, target.commonId);
      commonsPolicy.assertManage(viewer);
      const repositories = await this.parts.repositoriesOf([common.id]);
      url = repositories.map((repository) => repository.url).find((candidate) => this.forge.fileUrl(candidate)) ?? null;
      if (!url) throw DomainError.of('PUBLICCODE_NO_REPOSITORY');
    }
    if (!url) throw DomainError.of('FORGE_URL_UNSUPPORTED', { url: '' });
    const bytes = await this.forge.publiccode(url);
    return this.importText(actor, bytes, domainId, target.commonId ?? null);
  }

  /** The publiccode.yml of a software common, or COMMON_NOT_FOUND (anything else is not software). */
  async exportOf(slug: string): Promise<string> {
    const common = await this.commons.findBySlug(slug);
    if (!common || common.kind !== 'software') throw DomainError.of('COMMON_NOT_FOUND');
    return exportPubliccode(await this.sourceOf(common));
  }

  private async create(
    manager: EntityManager,
    actor: Actor,
    { entry }: PubliccodeImport,
    report: PubliccodeReportItem[],
    domainId: string | null,
  ): Promise<CommonRow> {
    if (!domainId || !isUUID(domainId)) throw DomainError.of('COMMON_DOMAIN_UNKNOWN', { field: 'domainId' });
    const created = await this.commons.create(manager, actor, {
      kind: 'software',
      name: entry.name,
      summary: entry.summary,
      description: entry.description,
      domainId,
      status: entry.status,
      website: entry.website,
      tags: entry.tags,
      licence: this.licence(entry, report, null),
      repositories: [{ url: entry.url, role: 'source' }],
    });
    return this.storeReport(manager, created.id, report);
  }

  /**
   * Updates the common from the file. What the file cannot say stays (ScoLOMFR, domain, group, the
   * tags that are not the standard's, other repositories); a field the file carries exactly as our
   * export writes it keeps the entry's own value (a summary cut to 150 characters, a description
   * lengthened to 150), so that an exported file imported back changes nothing.
   */
  private async update(
    manager: EntityManager,
    actor: Actor,
    common: CommonRow,
    { entry }: PubliccodeImport,
    report: PubliccodeReportItem[],
  ): Promise<CommonRow> {
    const ours = importPubliccode(exportPubliccode(await this.sourceOf(common, manager))).entry;
    const keep = <K extends keyof PubliccodeEntry>(key: K, current: PubliccodeEntry[K]) =>
      JSON.stringify(entry[key]) === JSON.stringify(ours[key]) ? current : entry[key];
    const carried = (tag: string) =>
      PUBLICCODE_CATEGORIES.has(tag) || PUBLICCODE_PLATFORMS.has(tag) || PUBLICCODE_SOFTWARE_TYPES.has(tag);
    const tags =
      keep('tags', common.tags) === common.tags
        ? common.tags
        : [...new Set([...entry.tags, ...common.tags.filter((tag) => !carried(tag))])].slice(0, COMMON_LIMITS.tagsMax);
    const repositories = await this.parts.repositoriesOf([common.id]);
    const known = repositories.some((repository) => sameRepository(repository.url, entry.url));
    const edit: CommonEdit = {
      kind: 'software',
      name: keep('name', common.name),
      summary: keep('summary', common.summary),
      description: keep('description', common.description),
      domainId: common.domainId,
      stewardingGroupId: common.stewardingGroupId,
      status: keep('status', common.status),
      website: keep('website', common.website),
      tags,
      licence:
        keep('licence', common.licence) === common.licence
          ? common.licence
          : this.licence(entry, report, common.licence),
      repositories: known
        ? undefined
        : [
            ...repositories.map((repository) => ({
              url: repository.url,
              role: repository.role,
              mirrorOfUrl: repositories.find((source) => source.id === repository.mirrorOf)?.url ?? null,
            })),
            { url: entry.url, role: 'source' as const },
          ],
    };
    await this.commons.update(actor, common.id, common.revision, edit, manager);
    return this.storeReport(manager, common.id, report);
  }

  /** The file's licence when SPDX reads it; else the entry's own, or « not stated », reported. */
  private licence(entry: PubliccodeEntry, report: PubliccodeReportItem[], current: string | null): string {
    if (entry.licence) {
      try {
        return parseLicence(entry.licence).expression;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        report.push({ path: 'legal.license', severity: 'error', message: `${error.message} Licence ignorée.` });
      }
    }
    return current ?? UNSTATED_LICENCE;
  }

  private async storeReport(manager: EntityManager, id: string, items: PubliccodeReportItem[]): Promise<CommonRow> {
    const report: StoredPubliccodeReport = {
      importedAt: new Date().toISOString(),
      items: items.slice(0, PUBLICCODE_LIMITS.reportMax),
    };
    await this.commons.setPubliccodeReport(manager, id, { ...report });
    return (await this.repository.findById(id, manager))!;
  }

  /** usedBy: who is an organisation of Ouvroir (it declares its own usage) and who is not. */
  private async usedByReport(actor: Actor, names: string[]): Promise<PubliccodeReportItem[]> {
    const items: PubliccodeReportItem[] = [];
    for (const [index, name] of names.slice(0, USED_BY_LOOKUPS).entries()) {
      const { nodes } = await this.identity.listOrganisations(actor, name.slice(0, 100), 5);
      const found = nodes.some((organisation) => organisation.name === name);
      items.push({
        path: `usedBy[${index}]`,
        severity: 'warning',
        message: found
          ? `« ${name} » est une structure d’Ouvroir : elle déclare elle-même son usage sur la fiche.`
          : `« ${name} » n’est pas une structure connue d’Ouvroir : usage non importé.`,
      });
    }
    return items;
  }

  /** What the export writes of a common: its source repository, maintainers and users by name. */
  private async sourceOf(common: CommonRow, manager?: EntityManager): Promise<PubliccodeSource> {
    const [repositories, maintainers, usages] = await Promise.all([
      this.parts.repositoriesOf([common.id]),
      this.parts.maintainersOf([common.id], manager),
      this.parts.usagesOf([common.id]),
    ]);
    const userIds = maintainers.flatMap((maintainer) => maintainer.userId ?? []);
    const organisationIds = [
      ...new Set([
        ...maintainers.flatMap((maintainer) => maintainer.organisationId ?? []),
        ...usages.map((usage) => usage.organisationId),
      ]),
    ];
    const [people, organisations] = await Promise.all([
      this.identity.profilesByIds(null, userIds),
      this.identity.organisationsByIds(null, organisationIds),
    ]);
    const personName = new Map(people.flatMap((person) => (person ? [[person.id, person.displayName]] : [])));
    const organisationName = new Map(organisations.flatMap((o) => (o ? [[o.id, o.name]] : [])));
    const source = repositories.find((repository) => repository.role === 'source') ?? repositories[0];
    return {
      name: common.name,
      summary: common.summary,
      description: common.description,
      website: common.website,
      licence: common.licence,
      status: common.status,
      tags: common.tags,
      url: source?.url ?? `${this.config.publicUrl}/communs/${common.slug}`,
      maintainers: maintainers.flatMap((maintainer) => {
        const name = maintainer.userId
          ? personName.get(maintainer.userId)
          : organisationName.get(maintainer.organisationId!);
        return name ? [name] : [];
      }),
      usedBy: usages.flatMap((usage) => organisationName.get(usage.organisationId) ?? []),
    };
  }
}

/** Two addresses of the same repository: case of the host, a final slash or `.git` aside. */
export function sameRepository(a: string, b: string): boolean {
  const key = (url: string) =>
    url
      .trim()
      .replace(/\/+$/, '')
      .replace(/\.git$/, '')
      .toLowerCase();
  return key(a) === key(b);
}
