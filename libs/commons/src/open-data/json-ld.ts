import type { CommonKind } from '@ouvroir/contracts';

/** What the JSON-LD of a common says: public fields, people and organisations by name only. */
export interface JsonLdSource {
  kind: CommonKind;
  name: string;
  summary: string;
  /** The common's page on Ouvroir. */
  pageUrl: string;
  website: string | null;
  licenceIds: string[];
  tags: string[];
  /** Laureate of a call for commons (a call's published decision). */
  laureate: boolean;
  /** The source repositories first. */
  repositories: { url: string; role: string }[];
  maintainers: { name: string; organisation: boolean }[];
  levels: { uri: string; label: string }[];
  subjects: { uri: string; label: string }[];
  pedagogicalTypes: { uri: string; label: string }[];
  createdAt: Date;
  updatedAt: Date;
}

/** The schema.org type of each kind of common. */
export const SCHEMA_ORG_TYPES: Record<CommonKind, string> = {
  software: 'SoftwareSourceCode',
  educational_resource: 'LearningResource',
  dataset: 'Dataset',
  service: 'Service',
};

const SCOLOMFR_SET = 'http://data.education.fr/voc/scolomfr';

/** A licence id's page at SPDX: the address schema.org's `license` expects. */
export const licenceUrl = (id: string) => `https://spdx.org/licenses/${encodeURIComponent(id)}.html`;

/** The schema.org description of a common, as a JSON-LD object. */
export function jsonLdOf(common: JsonLdSource): Record<string, unknown> {
  const terms = (concepts: { uri: string; label: string }[]) =>
    concepts.map(({ uri, label }) => ({
      '@type': 'DefinedTerm',
      '@id': uri,
      name: label,
      inDefinedTermSet: SCOLOMFR_SET,
    }));
  const licences = common.licenceIds.filter((id) => !id.startsWith('LicenseRef-')).map(licenceUrl);
  const source = common.repositories.find((repository) => repository.role === 'source') ?? common.repositories[0];
  const node: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': SCHEMA_ORG_TYPES[common.kind],
    '@id': common.pageUrl,
    url: common.pageUrl,
    name: common.name,
    description: common.summary,
    ...(common.website ? { sameAs: common.website } : {}),
    ...(licences.length ? { license: licences.length === 1 ? licences[0] : licences } : {}),
    ...(common.tags.length ? { keywords: common.tags.join(', ') } : {}),
    maintainer: common.maintainers.map(({ name, organisation }) => ({
      '@type': organisation ? 'Organization' : 'Person',
      name,
    })),
    dateCreated: common.createdAt.toISOString(),
    dateModified: common.updatedAt.toISOString(),
    inLanguage: 'fr',
  };
  // schema.org's `award` belongs to creative works, which a service is not.
  if (common.laureate && common.kind !== 'service') node.award = 'Lauréat d’un appel à communs';
  if (common.kind === 'software' && source) {
    node.codeRepository = source.url;
  }
  if (common.kind === 'educational_resource') {
    if (common.levels.length) node.educationalLevel = terms(common.levels);
    if (common.subjects.length) node.teaches = terms(common.subjects);
    if (common.pedagogicalTypes.length) node.learningResourceType = terms(common.pedagogicalTypes);
  }
  if (common.kind === 'dataset' && source) {
    node.distribution = [{ '@type': 'DataDownload', contentUrl: source.url }];
  }
  return node;
}

/**
 * JSON to place inside `<script type="application/ld+json">`: `<` written `\u003c` (and `>`, `&`
 * and the line separators with it), so that no text of an entry can close the script or start one.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
