import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, OPEN_DATA_PRODUCER } from '@ouvroir/core';
import { DomainsService } from '@ouvroir/domains';
import { csvLine } from '@ouvroir/groups';
import { IdentityService } from '@ouvroir/identity';
import { csvCells, isoSecond, jsonRow, OPEN_DATA_FIELDS, OPEN_DATA_LICENCE, OpenDataRow } from './open-data-format';
import { OpenDataRepository } from './open-data.repository';

/** Commons read at a time: the files hold any number of them, memory holds a page. */
const PAGE = 500;

/** The whole catalogue as open data files, written as they are read (docs/open-data.md). */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly repository: OpenDataRepository,
    private readonly domains: DomainsService,
    private readonly identity: IdentityService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  lastUpdate(): Promise<Date | null> {
    return this.repository.lastUpdate();
  }

  /** CSV: a header row, then a line per common (comma, UTF-8, ISO dates; formulas guarded by `csvLine`). */
  async *csv(): AsyncGenerator<string> {
    yield csvLine(OPEN_DATA_FIELDS.map((field) => field.name));
    for await (const rows of this.pages()) yield rows.map((row) => csvLine(csvCells(row))).join('');
  }

  /** JSON: the metadata, then the same rows as `communs`. */
  async *json(): AsyncGenerator<string> {
    const lastUpdate = await this.repository.lastUpdate();
    const head = {
      titre: 'Catalogue des communs numériques',
      producteur: OPEN_DATA_PRODUCER,
      licence: OPEN_DATA_LICENCE.name,
      licence_url: OPEN_DATA_LICENCE.path,
      date_mise_a_jour: lastUpdate ? isoSecond(new Date(lastUpdate)) : null,
      schema: `${this.config.publicUrl}/donnees/communs.schema.json`,
    };
    yield `${JSON.stringify(head).slice(0, -1)},"communs":[`;
    let first = true;
    for await (const rows of this.pages()) {
      yield `${first ? '' : ','}${rows.map((row) => JSON.stringify(jsonRow(row))).join(',')}`;
      first = false;
    }
    yield ']}\n';
  }

  /** The catalogue by pages along the ids, with the names of domains and organisations. */
  private async *pages(): AsyncGenerator<OpenDataRow[]> {
    const domainNames = new Map((await this.domains.list()).map((domain) => [domain.id, domain.name]));
    let after: string | null = null;
    for (;;) {
      const records = await this.repository.page(after, PAGE);
      if (records.length === 0) return;
      const organisationIds = [
        ...new Set(records.flatMap((record) => [...record.maintainingOrganisationIds, ...record.usingOrganisationIds])),
      ];
      const organisations = await this.identity.organisationsByIds(null, organisationIds);
      const names = new Map(organisations.flatMap((o) => (o ? [[o.id, o.name] as [string, string]] : [])));
      const named = (ids: string[]) => ids.flatMap((id) => names.get(id) ?? []);
      yield records.map((record) => ({
        id: record.id,
        slug: record.slug,
        url: `${this.config.publicUrl}/communs/${record.slug}`,
        kind: record.kind,
        name: record.name,
        summary: record.summary,
        domain: domainNames.get(record.domainId) ?? '',
        status: record.status,
        laureate: record.laureate,
        licence: record.licence,
        licenceOpen: record.licenceOpen,
        website: record.website,
        sourceRepository: record.sourceRepository,
        mirrors: record.mirrors,
        forges: record.forges,
        tags: record.tags,
        maintainingOrganisations: named(record.maintainingOrganisationIds),
        maintainerCount: record.maintainerCount,
        usingOrganisations: named(record.usingOrganisationIds),
        levels: record.levels,
        subjects: record.subjects,
        createdAt: new Date(record.createdAt),
        updatedAt: new Date(record.updatedAt),
      }));
      if (records.length < PAGE) return;
      after = records[records.length - 1].id;
    }
  }
}
