import { Inject, Injectable } from '@nestjs/common';
import { SEARCH_KINDS, SEARCH_LIMITS, SearchKind } from '@ouvroir/contracts';
import { decodeCursor, DomainError, encodeCursor, PageInfo } from '@ouvroir/core';
import { DomainsService } from '@ouvroir/domains';
import { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { SearchReadersService } from './search-readers.service';
import { excerptHtml, searchWords } from './search-text';

export interface SearchInput {
  text: string;
  kinds?: SearchKind[] | null;
  domainIds?: string[] | null;
  first?: number;
  after?: string | null;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  excerptHtml: string;
  path: string;
  domain: { id: string; name: string } | null;
  updatedAt: Date;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchResults {
  totalCount: number;
  /** More matches than SEARCH_LIMITS.countMax: the total and the facets count the first ones only. */
  totalIsCapped: boolean;
  nodes: SearchHit[];
  facets: { kinds: FacetCount[]; domains: FacetCount[] };
  pageInfo: PageInfo;
}

export const KIND_LABELS: Record<SearchKind, string> = {
  group: 'Groupes',
  proposal: 'Propositions',
  common: 'Communs',
  message: 'Messages',
};

const OFFSET = 's';

const nothing = (): SearchResults => ({
  totalCount: 0,
  totalIsCapped: false,
  nodes: [],
  facets: { kinds: [], domains: [] },
  pageInfo: { hasNextPage: false, endCursor: null },
});

/**
 * One search across the portal: groups, proposals, commons and messages, in French, never showing
 * or counting what the person may not read (their readers' keys against each document's). The
 * engine behind is SEARCH_ENGINE; the documents are written by each domain (core's SearchIndex).
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly readers: SearchReadersService,
    private readonly domains: DomainsService,
  ) {}

  async search(actor: Actor | null, input: SearchInput): Promise<SearchResults> {
    const { words, prefix, typo } = searchWords(input.text);
    const first = input.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > SEARCH_LIMITS.firstMax) {
      throw DomainError.of('SEARCH_PAGE_TOO_LARGE', { field: 'first', max: SEARCH_LIMITS.firstMax });
    }
    const offset = input.after ? offsetOf(input.after) : 0;
    const kinds = input.kinds?.length ? [...new Set(input.kinds)].filter((kind) => SEARCH_KINDS.includes(kind)) : null;
    const domainIds = input.domainIds?.length ? validDomainIds(input.domainIds) : null;
    if (words.length === 0) return nothing();
    const readers = await this.readers.keysOf(actor);
    const found = await this.engine.search({ words, prefix, typo, kinds, domainIds, readers, first, offset });
    const hasDomains = found.hits.some((hit) => hit.domainId) || found.domains.length > 0;
    const names = new Map(hasDomains ? (await this.domains.list()).map((domain) => [domain.id, domain.name]) : []);
    const domainOf = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
    const nodes = found.hits.slice(0, first).map((hit) => ({
      kind: hit.kind,
      id: hit.id,
      title: hit.title,
      excerptHtml: excerptHtml(hit.headline ?? ''),
      path: hit.path,
      domain: domainOf(hit.domainId),
      updatedAt: hit.updatedAt,
    }));
    const next = offset + nodes.length;
    return {
      totalCount: found.totalCount,
      totalIsCapped: found.totalIsCapped,
      nodes,
      facets: {
        kinds: found.kinds.map(({ value, count }) => ({ value, label: KIND_LABELS[value], count })),
        domains: found.domains.map(({ value, count }) => ({ value, label: names.get(value) ?? '', count })),
      },
      pageInfo: {
        hasNextPage: found.hits.length > first && next <= SEARCH_LIMITS.offsetMax,
        endCursor: nodes.length ? encodeCursor([OFFSET, next]) : null,
      },
    };
  }
}

/** The results already seen, from a cursor of ours; CURSOR_INVALID otherwise, SEARCH_TOO_FAR past the bound. */
function offsetOf(after: string): number {
  const [kind, offset, ...rest] = decodeCursor(after);
  if (kind !== OFFSET || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || rest.length) {
    throw DomainError.of('CURSOR_INVALID');
  }
  if (offset > SEARCH_LIMITS.offsetMax) throw DomainError.of('SEARCH_TOO_FAR', { max: SEARCH_LIMITS.offsetMax });
  return offset;
}

function validDomainIds(ids: string[]): string[] {
  if (ids.length > SEARCH_LIMITS.domainsMax) {
    throw DomainError.of('SEARCH_TOO_MANY_DOMAINS', { field: 'domainIds', max: SEARCH_LIMITS.domainsMax });
  }
  if (!ids.every((id) => isUUID(id))) throw DomainError.of('SEARCH_DOMAIN_INVALID', { field: 'domainIds' });
  return [...new Set(ids)];
}
