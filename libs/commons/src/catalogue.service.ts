import { Injectable } from '@nestjs/common';
import { Connection, decodeCursor, DomainError, encodeCursor, MAX_PAGE_SIZE } from '@ouvroir/core';
import { DomainEntity, DomainsService } from '@ouvroir/domains';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { CatalogueFilter, CatalogueRepository, Facet, FACETS } from './catalogue.repository';
import { CommonPartsRepository } from './common-parts.repository';
import { CommonRow } from './commons.repository';

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export type CatalogueFacets = Record<Facet, FacetCount[]>;

/** A page of the catalogue, its facets, and the domains read for them (the page's fields reuse them). */
export type CataloguePage = Connection<CommonRow> & { facets: CatalogueFacets; domains: readonly DomainEntity[] };

export const KIND_LABELS: Record<string, string> = {
  software: 'Logiciel',
  educational_resource: 'Ressource éducative',
  service: 'Service',
  dataset: 'Jeu de données',
};

export const STATUS_LABELS: Record<string, string> = {
  active: 'Actif',
  maintained: 'Maintenu',
  seeking_maintainers: 'Cherche des mainteneurs',
  archived: 'Archivé',
};

export const FORGE_LABELS: Record<string, string> = {
  forge_apps_education: 'La Forge des communs numériques éducatifs',
  github: 'GitHub',
  gitlab: 'GitLab',
  other: 'Autre forge',
};

/** Values a filter's list may hold, and a tag's or URI's length. */
const LIST_MAX = 100;
const VALUE_MAX = 300;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The catalogue: a page of commons by name and the facets of the whole selection, in a number of
 * statements that does not depend on the page's size (page, facets, domains' and organisations' names).
 */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly parts: CommonPartsRepository,
    private readonly domains: DomainsService,
    private readonly identity: IdentityService,
  ) {}

  async browse(actor: Actor | null, input: CatalogueFilter, first: number, after?: string): Promise<CataloguePage> {
    first = Math.min(Math.max(Math.trunc(first) || 1, 1), MAX_PAGE_SIZE);
    const filter = this.validFilter(input);
    const cursor = after ? this.cursor(after) : undefined;
    const [rows, facetRows, domains] = await Promise.all([
      this.catalogue.page(filter, first, cursor),
      this.catalogue.facets(filter),
      this.domains.list(),
    ]);
    const organisationIds = facetRows.filter((row) => row.facet === 'organisations').map((row) => row.value!);
    const organisations = organisationIds.length ? await this.identity.organisationsByIds(actor, organisationIds) : [];
    const names = new Map<string, string>([
      ...domains.map((domain) => [domain.id, domain.name] as [string, string]),
      ...organisations.flatMap((organisation) =>
        organisation ? [[organisation.id, organisation.name] as [string, string]] : [],
      ),
    ]);
    const facets = Object.fromEntries(FACETS.map((facet) => [facet, [] as FacetCount[]])) as CatalogueFacets;
    let totalCount = 0;
    for (const row of facetRows) {
      if (row.facet === 'total') {
        totalCount = row.count;
        continue;
      }
      const value = row.value ?? '';
      const label =
        row.label ??
        (row.facet === 'kinds'
          ? KIND_LABELS[value]
          : row.facet === 'statuses'
            ? STATUS_LABELS[value]
            : row.facet === 'forges'
              ? FORGE_LABELS[value]
              : row.facet === 'licences'
                ? value
                : names.get(value)) ??
        value;
      facets[row.facet].push({ value, label, count: row.count });
    }
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.name, last.id]) : null },
      facets,
      domains,
    };
  }

  /** What an organisation maintains and uses (its page). */
  async ofOrganisation(actor: Actor | null, organisationId: string) {
    const [organisation] = isUUID(organisationId)
      ? await this.identity.organisationsByIds(actor, [organisationId])
      : [null];
    if (!organisation) throw DomainError.of('USAGE_ORGANISATION_UNKNOWN');
    return { organisation, ...(await this.parts.commonsOfOrganisation(organisationId)) };
  }

  private cursor(after: string): [string, string] {
    const key = decodeCursor(after);
    if (key.length !== 2 || typeof key[0] !== 'string' || typeof key[1] !== 'string' || !isUUID(key[1])) {
      throw DomainError.of('CURSOR_INVALID');
    }
    return [key[0], key[1]];
  }

  /** Bounded lists of bounded values; unknown values and malformed ids match nothing rather than fail. */
  private validFilter(input: CatalogueFilter): CatalogueFilter {
    const list = (values: string[] | undefined) => {
      if (!values) return undefined;
      if (values.length > LIST_MAX || values.some((value) => value.length > VALUE_MAX)) {
        throw DomainError.of('CATALOGUE_FILTER_TOO_LARGE');
      }
      return [...new Set(values)];
    };
    // A malformed id becomes one no row has, so that it narrows to nothing, as an unknown one does.
    const uuids = (values: string[] | undefined) => list(values)?.map((value) => (isUUID(value) ? value : NO_ID));
    return {
      kinds: list(input.kinds),
      domainIds: uuids(input.domainIds),
      licenceIds: list(input.licenceIds),
      licenceOpen: input.licenceOpen ?? undefined,
      laureate: input.laureate ?? undefined,
      levelUris: list(input.levelUris),
      subjectUris: list(input.subjectUris),
      organisationId: input.organisationId ? uuids([input.organisationId])![0] : undefined,
      forges: list(input.forges),
      statuses: list(input.statuses),
      tags: list(input.tags),
    };
  }
}
