import { Injectable } from '@nestjs/common';
import { INDICATOR_LIMITS } from '@ouvroir/contracts';
import { CallsStatisticsService } from '@ouvroir/calls';
import { CommonsStatisticsService } from '@ouvroir/commons';
import { DomainError } from '@ouvroir/core';
import { DiscussionStatisticsService } from '@ouvroir/discussion';
import { DomainsService } from '@ouvroir/domains';
import { GroupsService } from '@ouvroir/groups';
import { IdentityStatisticsService } from '@ouvroir/identity';
import { ProposalsStatisticsService } from '@ouvroir/proposals';
import { VotesStatisticsService } from '@ouvroir/votes';
import { INDICATORS, IndicatorDefinition, IndicatorSources } from './definitions';
import { publish, PublishedCell, RawCell } from './privacy';

/** What the address or the query asks: dates `YYYY-MM-DD` (start included, end excluded), a domain or a group by slug. */
export interface IndicatorRequest {
  from?: string;
  to?: string;
  domain?: string;
  group?: string;
}

export interface IndicatorValue {
  definition: IndicatorDefinition;
  from: Date;
  to: Date;
  domain: string | null;
  group: string | null;
  cells: PublishedCell[];
  computedAt: Date;
}

const DAY_MS = 86_400_000;
const CACHE_MS = 60_000;
const CACHE_MAX = 1_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const shareFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/**
 * The indicators, computed live from the domains' statistics services and kept 60 s in this
 * process's memory: only public groups count, and the publication's rule (privacy.ts) applies
 * before anything leaves this class.
 */
@Injectable()
export class IndicatorsService {
  private readonly sources: IndicatorSources;
  private readonly cache = new Map<string, { expiresAt: number; value: Promise<IndicatorValue> }>();

  constructor(
    identity: IdentityStatisticsService,
    proposals: ProposalsStatisticsService,
    votes: VotesStatisticsService,
    commons: CommonsStatisticsService,
    discussion: DiscussionStatisticsService,
    calls: CallsStatisticsService,
    private readonly domains: DomainsService,
    private readonly groups: GroupsService,
  ) {
    this.sources = { identity, proposals, votes, commons, discussion, calls };
  }

  list(): readonly IndicatorDefinition[] {
    return INDICATORS;
  }

  definition(code: string): IndicatorDefinition {
    const found = INDICATORS.find((indicator) => indicator.code === code);
    if (!found) throw DomainError.of('INDICATOR_UNKNOWN', { code: code.slice(0, INDICATOR_LIMITS.codeMax) });
    return found;
  }

  async value(code: string, request: IndicatorRequest = {}, now = new Date()): Promise<IndicatorValue> {
    const definition = this.definition(code);
    const { from, to } = periodOf(request, now);
    const domain = request.domain?.slice(0, INDICATOR_LIMITS.slugMax) || null;
    const group = request.group?.slice(0, INDICATOR_LIMITS.slugMax) || null;
    if ((domain || group) && !definition.byGroup) throw DomainError.of('INDICATOR_FILTER_UNSUPPORTED');
    const key = JSON.stringify([code, from, to, domain, group]);
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    const value = this.compute(definition, from, to, domain, group);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(key, { expiresAt: Date.now() + CACHE_MS, value });
    value.catch(() => this.cache.delete(key));
    return value;
  }

  /** Computes without the cache: the weekly snapshots' way. */
  async computeFor(code: string, from: Date, to: Date): Promise<IndicatorValue> {
    return this.compute(this.definition(code), from, to, null, null);
  }

  private async compute(
    definition: IndicatorDefinition,
    from: Date,
    to: Date,
    domain: string | null,
    group: string | null,
  ): Promise<IndicatorValue> {
    const scope = await this.scopeOf(domain, group);
    const raw = await definition.compute(this.sources, { from, to, ...scope });
    const format = (value: number, cell: RawCell) =>
      (definition.share && !cell.count ? shareFormat : numberFormat).format(value);
    return { definition, from, to, domain, group, cells: publish(raw, format), computedAt: new Date() };
  }

  /**
   * The public groups in scope, and the domain asked. A group hidden from visitors is refused as
   * one that does not exist (GROUP_NOT_FOUND), and an unknown domain as DOMAIN_NOT_FOUND.
   */
  private async scopeOf(
    domainSlug: string | null,
    groupSlug: string | null,
  ): Promise<{ groupIds: string[]; domainId: string | null; oneGroup: boolean }> {
    const domainId = domainSlug ? (await this.domains.getBySlug(domainSlug)).id : null;
    if (groupSlug) {
      const group = await this.groups.bySlug(null, groupSlug);
      return { groupIds: domainId && domainId !== group.domainId ? [] : [group.id], domainId, oneGroup: true };
    }
    const ids = (await this.groups.visibleGroupIds(null)) ?? [];
    if (!domainId) return { groupIds: ids, domainId, oneGroup: false };
    const groups = await this.groups.visibleByIds(null, ids);
    const groupIds = groups.flatMap((candidate) =>
      candidate && candidate.domainId === domainId ? [candidate.id] : [],
    );
    return { groupIds, domainId, oneGroup: false };
  }
}

/** The asked period, by default the last 90 days up to tomorrow (today included). */
export function periodOf(request: Pick<IndicatorRequest, 'from' | 'to'>, now: Date): { from: Date; to: Date } {
  const dayOf = (text: string) => {
    if (!DATE.test(text)) throw DomainError.of('INDICATOR_PERIOD_INVALID');
    const date = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
      throw DomainError.of('INDICATOR_PERIOD_INVALID');
    return date;
  };
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS);
  const to = request.to ? dayOf(request.to) : tomorrow;
  const from = request.from
    ? dayOf(request.from)
    : new Date(to.getTime() - INDICATOR_LIMITS.defaultPeriodDays * DAY_MS);
  const longest = new Date(from);
  longest.setUTCFullYear(longest.getUTCFullYear() + INDICATOR_LIMITS.periodMaxYears);
  if (from.getTime() >= to.getTime() || to.getTime() > longest.getTime())
    throw DomainError.of('INDICATOR_PERIOD_INVALID');
  return { from, to };
}
