import { Injectable } from '@nestjs/common';
import { AppConfig, DomainError, InjectConfig } from '@ouvroir/core';
import { DomainsService } from '@ouvroir/domains';
import { GroupsService } from '@ouvroir/groups';
import { ProposalsService } from '@ouvroir/proposals';
import { IndicatorsService } from './indicators.service';
import { LICENCE, PRODUCER } from './open-data';

/** Rows read at a time: a file holds any number of them, memory one page. */
const PAGE = 500;

/** What a decision is once adopted: the vote adopted it, then it is carried out. */
const DECIDED_STATES = ['adopted', 'in_progress', 'implemented'] as const;

const FILES = {
  groupes: 'Groupes de travail et comités publics',
  decisions:
    'Décisions adoptées des groupes publics (propositions adoptées, en cours de mise en œuvre ou mises en œuvre)',
  indicateurs: 'Valeur actuelle de chaque indicateur (90 derniers jours), chiffres masqués compris',
} as const;
type DumpFile = keyof typeof FILES;

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The whole portal's public content as dated files, one JSON object a line, gzipped: what a visitor
 * reads without an account, and nothing else (no person is named: authors are not in the files).
 * Each file is written as its pages are read, so that the portal never sits in memory at once.
 */
@Injectable()
export class PortalDumpService {
  constructor(
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly domains: DomainsService,
    private readonly indicators: IndicatorsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  index(now = new Date()) {
    const base = `${this.config.publicUrl}/donnees`;
    return {
      titre: 'Ouvroir — export public du portail',
      date: day(now),
      producteur: PRODUCER,
      licence: LICENCE,
      attribution: `${PRODUCER.name}, Ouvroir, export du ${day(now)}, sous Licence Ouverte 2.0`,
      format: 'JSON Lines compressé gzip (un objet JSON par ligne, UTF-8, dates ISO 8601)',
      fichiers: [
        ...Object.entries(FILES).map(([name, description]) => ({
          nom: `${name}-${day(now)}.jsonl.gz`,
          adresse: `${base}/portail/${name}-${day(now)}.jsonl.gz`,
          description,
        })),
        { nom: 'communs.csv', adresse: `${base}/communs.csv`, description: 'Catalogue des communs (CSV)' },
        { nom: 'communs.json', adresse: `${base}/communs.json`, description: 'Catalogue des communs (JSON)' },
      ],
    };
  }

  /** The file named `<name>-<date>.jsonl.gz`; only today's date exists (the files are made on request). */
  file(name: string, now = new Date()): { file: DumpFile; lines: AsyncGenerator<string> } {
    const match = /^([a-z]+)-(\d{4}-\d{2}-\d{2})\.jsonl\.gz$/.exec(name);
    const file = match?.[1] as DumpFile | undefined;
    if (!match || !file || !Object.hasOwn(FILES, file) || match[2] !== day(now))
      throw DomainError.of('PORTAL_DUMP_UNKNOWN', { file: name.slice(0, 80) });
    const lines = {
      groupes: () => this.groupLines(),
      decisions: () => this.decisionLines(),
      indicateurs: () => this.indicatorLines(),
    }[file]();
    return { file, lines };
  }

  private async *publicGroups() {
    let after: string | undefined;
    for (;;) {
      const page = await this.groups.directory(null, {}, PAGE, after);
      yield page.nodes.filter((group) => group.visibility === 'public');
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  private async *groupLines(): AsyncGenerator<string> {
    const domains = new Map((await this.domains.list()).map((domain) => [domain.id, domain.slug]));
    for await (const groups of this.publicGroups()) {
      yield groups
        .map(
          (group) =>
            JSON.stringify({
              adresse: group.slug,
              page: `${this.config.publicUrl}/groupes/${group.slug}`,
              type: group.kind,
              nom: group.name,
              description: group.shortDescription,
              charte: group.charter,
              domaine: domains.get(group.domainId) ?? null,
              statut: group.status,
            }) + '\n',
        )
        .join('');
    }
  }

  private async *decisionLines(): AsyncGenerator<string> {
    const groupSlugs = new Map<string, string>();
    for await (const groups of this.publicGroups()) for (const group of groups) groupSlugs.set(group.id, group.slug);
    if (groupSlugs.size === 0) return;
    let after: string | undefined;
    for (;;) {
      const page = await this.proposals.browse(
        null,
        { states: [...DECIDED_STATES], groupIds: [...groupSlugs.keys()] },
        PAGE,
        after,
      );
      yield page.nodes
        .map(
          (proposal) =>
            JSON.stringify({
              id: proposal.id,
              page: `${this.config.publicUrl}/propositions/${proposal.id}`,
              titre: proposal.title,
              resume: proposal.summary,
              texte: proposal.body,
              etat: proposal.state,
              groupe: groupSlugs.get(proposal.groupId) ?? null,
              date_creation: proposal.createdAt.toISOString(),
              date_modification: proposal.updatedAt.toISOString(),
            }) + '\n',
        )
        .join('');
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  private async *indicatorLines(): AsyncGenerator<string> {
    for (const definition of this.indicators.list()) {
      const value = await this.indicators.value(definition.code);
      yield (
        JSON.stringify({
          indicateur: definition.code,
          nom: definition.name,
          unite: definition.unit,
          debut: day(value.from),
          fin: day(value.to),
          valeurs: value.cells,
        }) + '\n'
      );
    }
  }
}
