import { CommonStatus, PUBLICCODE_LIMITS } from '@ouvroir/contracts';
import { Document } from 'yaml';
import { cutText, FEATURES_HEADING } from './publiccode-import';
import {
  DEFAULT_PLATFORM,
  DEFAULT_SOFTWARE_TYPE,
  PUBLICCODE_CATEGORIES,
  PUBLICCODE_EXPORT_VERSION,
  PUBLICCODE_PLATFORMS,
  PUBLICCODE_SOFTWARE_TYPES,
  STATUS_TO_PUBLICCODE,
} from './publiccode-vocabulary';

/** What the export needs of a software common: public fields only, people by name. */
export interface PubliccodeSource {
  name: string;
  summary: string;
  description: string;
  website: string | null;
  licence: string;
  status: CommonStatus;
  tags: string[];
  /** The source repository, else the common's page: the standard requires an address. */
  url: string;
  /** Maintainers' names (people and organisations), never an address. */
  maintainers: string[];
  /** The names of the organisations that declared they use it. */
  usedBy: string[];
}

/**
 * Said after a description too short for the standard (150 characters at least): true of every
 * entry, and recognised on import as Ouvroir's own words (see `publiccode.service.ts`).
 */
const PADDING =
  'Cette fiche vient du catalogue des communs numériques du programme « libre en éducation » du ministère de l’Éducation nationale, avec ses mainteneurs, ses dépôts et les structures qui l’utilisent.';

const FEATURE_MAX = 100;

/** A valid publiccode.yml 0.4 of a software common. */
export function exportPubliccode(common: PubliccodeSource): string {
  const { body, features } = splitFeatures(common.description);
  const { developmentStatus, maintenanceType } = STATUS_TO_PUBLICCODE[common.status];
  const platforms = common.tags.filter((tag) => PUBLICCODE_PLATFORMS.has(tag));
  const categories = common.tags.filter((tag) => PUBLICCODE_CATEGORIES.has(tag));
  const maintained = maintenanceType !== 'none';
  const content = {
    publiccodeYmlVersion: PUBLICCODE_EXPORT_VERSION,
    name: common.name,
    url: common.url,
    ...(common.website ? { landingURL: common.website } : {}),
    platforms: platforms.length ? platforms : [DEFAULT_PLATFORM],
    ...(categories.length ? { categories } : {}),
    ...(common.usedBy.length ? { usedBy: common.usedBy } : {}),
    developmentStatus,
    softwareType: common.tags.find((tag) => PUBLICCODE_SOFTWARE_TYPES.has(tag)) ?? DEFAULT_SOFTWARE_TYPE,
    description: {
      fr: {
        shortDescription: cutText(common.summary, PUBLICCODE_LIMITS.shortDescriptionMax),
        longDescription: longDescription(common.summary, body),
        ...(features.length ? { features: features.map((feature) => cutText(feature, FEATURE_MAX)) } : {}),
      },
    },
    legal: { license: common.licence },
    maintenance: {
      type: maintenanceType,
      ...(maintained ? { contacts: common.maintainers.map((name) => ({ name })) } : {}),
    },
    localisation: { localisationReady: false, availableLanguages: ['fr'] },
  };
  const document = new Document(content);
  document.commentBefore = ' Écrit par Ouvroir, catalogue des communs numériques du programme « libre en éducation ».';
  return document.toString({ lineWidth: 0 });
}

/** The description's body, at least 150 characters: with the summary before it, and Ouvroir's sentence if need be. */
function longDescription(summary: string, body: string): string {
  let text = body.trim();
  if (text.length < PUBLICCODE_LIMITS.longDescriptionMin) text = [summary, text].filter(Boolean).join('\n\n');
  if (text.length < PUBLICCODE_LIMITS.longDescriptionMin) text = `${text}\n\n${PADDING}`;
  return cutText(text, PUBLICCODE_LIMITS.longDescriptionMax);
}

/** A description ending with the features' list the import writes: its body and the features. */
export function splitFeatures(description: string): { body: string; features: string[] } {
  const at = description.lastIndexOf(FEATURES_HEADING);
  if (at < 0) return { body: description, features: [] };
  const lines = description
    .slice(at + FEATURES_HEADING.length)
    .trim()
    .split('\n');
  if (!lines.every((line) => line.startsWith('- '))) return { body: description, features: [] };
  return { body: description.slice(0, at).trimEnd(), features: lines.map((line) => line.slice(2).trim()) };
}
