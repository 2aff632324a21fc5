import { COMMON_LIMITS, CommonStatus, PUBLICCODE_LIMITS, PubliccodeReportItem } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { publiccodeText, readPubliccodeYaml } from './publiccode-read';
import {
  DEFAULT_PLATFORM,
  DEFAULT_SOFTWARE_TYPE,
  DEVELOPMENT_STATUSES,
  MAINTENANCE_TYPES,
  PUBLICCODE_VERSIONS,
  statusOf,
} from './publiccode-vocabulary';

/** What a publiccode.yml says of a software common, in the catalogue's terms. */
export interface PubliccodeEntry {
  name: string;
  /** The source repository (`url`). */
  url: string;
  website: string | null;
  licence: string | null;
  summary: string;
  description: string;
  tags: string[];
  status: CommonStatus;
  /** The organisations the file says use it, by name (usages are declared by organisations, not by files). */
  usedBy: string[];
}

export interface PubliccodeImport {
  entry: PubliccodeEntry;
  report: PubliccodeReportItem[];
}

/** The heading under which the features become a list in the description, and are found back on export. */
export const FEATURES_HEADING = '## Fonctionnalités';

/** The keys of the standard (0.2 to 0.4) and its country sections: anything else is reported as unknown. */
const KNOWN_KEYS = new Set([
  'publiccodeYmlVersion',
  'name',
  'applicationSuite',
  'url',
  'landingURL',
  'isBasedOn',
  'softwareVersion',
  'releaseDate',
  'logo',
  'monochromeLogo',
  'inputTypes',
  'outputTypes',
  'platforms',
  'categories',
  'usedBy',
  'roadmap',
  'developmentStatus',
  'softwareType',
  'intendedAudience',
  'description',
  'legal',
  'maintenance',
  'localisation',
  'dependsOn',
  'organisation',
  'fundedBy',
  'it',
  'IT',
]);

/** Reads a publiccode.yml, or refuses it when no entry can be made of it (see docs/commons.md). */
export function importPubliccode(input: Buffer | string): PubliccodeImport {
  const document = readPubliccodeYaml(publiccodeText(input));
  if (!isRecord(document)) {
    throw DomainError.of('PUBLICCODE_UNUSABLE', { problem: 'le fichier ne contient pas de clés (name, url…).' });
  }
  return new PubliccodeReader(document).read();
}

class PubliccodeReader {
  private readonly report: PubliccodeReportItem[] = [];
  private dropped = 0;

  constructor(private readonly root: Record<string, unknown>) {}

  read(): PubliccodeImport {
    this.checkVersion();
    for (const key of Object.keys(this.root)) {
      if (!KNOWN_KEYS.has(key)) this.warn(key, 'Clé inconnue du standard : ignorée.');
    }
    const name = this.name();
    const url = this.url();
    const { summary, description } = this.description(name);
    const maintenance = this.record('maintenance');
    const maintenanceType = this.oneOf('maintenance.type', maintenance?.type, MAINTENANCE_TYPES);
    if (maintenance && maintenance.contacts !== undefined && !Array.isArray(maintenance.contacts)) {
      this.error('maintenance.contacts', 'Devrait être une liste de contacts : valeur ignorée.');
    }
    const developmentStatus = this.oneOf('developmentStatus', this.root.developmentStatus, DEVELOPMENT_STATUSES);
    const entry: PubliccodeEntry = {
      name,
      url,
      website: this.website(),
      licence: this.licence(),
      summary,
      description,
      tags: this.tags(),
      status: statusOf(developmentStatus, maintenanceType),
      usedBy: this.strings('usedBy') ?? [],
    };
    if (this.dropped) {
      this.report.push({
        path: '',
        severity: 'warning',
        message: `${this.dropped} autres remarques ne sont pas conservées.`,
      });
    }
    return { entry, report: this.report };
  }

  private checkVersion() {
    const version = this.root.publiccodeYmlVersion;
    if (version === undefined) {
      this.warn('publiccodeYmlVersion', 'Version du standard absente : fichier lu selon la version 0.4.');
      return;
    }
    if (typeof version !== 'string' && typeof version !== 'number') {
      this.error('publiccodeYmlVersion', 'Devrait être un texte : fichier lu selon la version 0.4.');
      return;
    }
    if (typeof version === 'number') {
      this.warn('publiccodeYmlVersion', 'La version devrait être écrite entre guillemets (« "0.4" »).');
    }
    const text = String(version);
    if (!PUBLICCODE_VERSIONS.some((known) => text === known || text.startsWith(`${known}.`))) {
      this.warn('publiccodeYmlVersion', `Version « ${text.slice(0, 20)} » inconnue : fichier lu selon la version 0.4.`);
    }
  }

  private name(): string {
    const value = this.root.name;
    const name = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    if (name.length < COMMON_LIMITS.nameMin) {
      throw DomainError.of('PUBLICCODE_UNUSABLE', { problem: 'il manque le nom du logiciel (name).' });
    }
    if (typeof value === 'number') this.warn('name', 'Le nom devrait être un texte.');
    return this.cut('name', name, COMMON_LIMITS.nameMax, 'Nom');
  }

  private url(): string {
    const value = this.root.url;
    if (typeof value !== 'string' || !value.trim()) {
      throw DomainError.of('PUBLICCODE_UNUSABLE', { problem: 'il manque l’adresse du dépôt source (url).' });
    }
    const url = value.trim();
    if (!isHttpUrl(url, COMMON_LIMITS.repositoryUrlMax)) {
      throw DomainError.of('PUBLICCODE_UNUSABLE', {
        problem:
          'l’adresse du dépôt source (url) doit commencer par http:// ou https:// et compter 500 caractères au plus.',
      });
    }
    return url;
  }

  private website(): string | null {
    const value = this.root.landingURL;
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      this.error('landingURL', 'Devrait être une adresse : valeur ignorée.');
      return null;
    }
    if (!isHttpUrl(value.trim(), COMMON_LIMITS.websiteMax)) {
      this.warn('landingURL', 'Adresse http(s) invalide ou trop longue : ignorée.');
      return null;
    }
    return value.trim();
  }

  private licence(): string | null {
    const legal = this.record('legal');
    const value = legal?.license;
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, COMMON_LIMITS.licenceMax);
    if (value !== undefined && value !== null)
      this.error('legal.license', 'Devrait être une expression SPDX : ignorée.');
    else this.warn('legal.license', 'Aucune licence déclarée.');
    return null;
  }

  /** The French description, else the English one, else any: the summary and the Markdown description. */
  private description(name: string): { summary: string; description: string } {
    const descriptions = this.record('description');
    const languages = descriptions ? Object.keys(descriptions).filter((key) => isRecord(descriptions[key])) : [];
    const language =
      languages.find((key) => /^fr(-|$)/i.test(key)) ?? languages.find((key) => /^en(-|$)/i.test(key)) ?? languages[0];
    if (!descriptions || language === undefined) {
      this.warn('description', 'Aucune description : résumé à écrire sur la fiche.');
      return { summary: `${name} : logiciel importé d’un publiccode.yml sans description.`, description: '' };
    }
    if (!/^fr(-|$)/i.test(language)) {
      this.warn(`description.${language}`, `Pas de description en français : celle en « ${language} » est reprise.`);
    }
    const path = `description.${language}`;
    const chosen = descriptions[language] as Record<string, unknown>;
    const short = this.text(`${path}.shortDescription`, chosen.shortDescription);
    const long = this.text(`${path}.longDescription`, chosen.longDescription) ?? '';
    const features = this.stringList(`${path}.features`, chosen.features);
    let summary = short;
    if (!summary) {
      this.warn(`${path}.shortDescription`, 'Résumé absent : le début de la description le remplace.');
      summary = long.split('\n')[0] || `${name} : logiciel importé d’un publiccode.yml.`;
    }
    const section = features?.length ? `${FEATURES_HEADING}\n\n${features.map((f) => `- ${f}`).join('\n')}` : '';
    const room = COMMON_LIMITS.descriptionMax - (section ? section.length + 2 : 0);
    const body = this.cut(`${path}.longDescription`, long, room, 'Description');
    return {
      summary: this.cut(`${path}.shortDescription`, summary, COMMON_LIMITS.summaryMax, 'Résumé'),
      description: [body, section].filter(Boolean).join('\n\n'),
    };
  }

  /** Categories, platforms and the software type: the catalogue's tags, at most ten. */
  private tags(): string[] {
    const categories = this.strings('categories') ?? [];
    const platforms = this.strings('platforms') ?? [];
    const softwareType = this.text('softwareType', this.root.softwareType);
    const all = [
      ...categories,
      ...(platforms.length === 1 && platforms[0] === DEFAULT_PLATFORM ? [] : platforms),
      ...(softwareType && softwareType !== DEFAULT_SOFTWARE_TYPE ? [softwareType] : []),
    ];
    const tags = [...new Set(all.map((tag) => tag.trim().toLowerCase()).filter(Boolean))].map((tag) =>
      tag.slice(0, COMMON_LIMITS.tagMax),
    );
    if (tags.length > COMMON_LIMITS.tagsMax) {
      this.warn(
        'categories',
        `Au plus ${COMMON_LIMITS.tagsMax} mots-clés : ${tags.length - COMMON_LIMITS.tagsMax} ignorés.`,
      );
    }
    return tags.slice(0, COMMON_LIMITS.tagsMax);
  }

  private record(key: string): Record<string, unknown> | undefined {
    const value = this.root[key];
    if (value === undefined || value === null) return undefined;
    if (isRecord(value)) return value;
    this.error(key, 'Devrait être une section de clés : valeur ignorée.');
    return undefined;
  }

  private strings(key: string): string[] | undefined {
    return this.stringList(key, this.root[key]);
  }

  private stringList(path: string, value: unknown): string[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.error(path, 'Devrait être une liste : valeur ignorée.');
      return undefined;
    }
    const texts = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
    if (texts.length < value.length) this.error(path, 'Des éléments de la liste ne sont pas des textes : ignorés.');
    return texts.map((item) => item.trim());
  }

  private text(path: string, value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim() || undefined;
    this.error(path, 'Devrait être un texte : valeur ignorée.');
    return undefined;
  }

  private oneOf(path: string, value: unknown, allowed: readonly string[]): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && allowed.includes(value)) return value;
    this.warn(path, `Valeur inconnue : ${allowed.join(', ')} attendu.`);
    return undefined;
  }

  /** A text within `max` characters, cut on a word with an ellipsis and reported when longer. */
  private cut(path: string, text: string, max: number, what: string): string {
    if (text.length <= max) return text;
    this.warn(path, `${what} de ${text.length} caractères, coupé à ${max}.`);
    return cutText(text, max);
  }

  private warn(path: string, message: string) {
    this.add({ path, severity: 'warning', message });
  }

  private error(path: string, message: string) {
    this.add({ path, severity: 'error', message });
  }

  private add(item: PubliccodeReportItem) {
    if (this.report.length < PUBLICCODE_LIMITS.reportMax - 1) this.report.push(item);
    else this.dropped++;
  }
}

/** `text` in at most `max` characters, cut after a word and ending with « … ». */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: string, max: number): boolean {
  if (value.length > max || !URL.canParse(value)) return false;
  return ['http:', 'https:'].includes(new URL(value).protocol);
}
