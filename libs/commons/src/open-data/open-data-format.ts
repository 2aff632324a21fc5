import { COMMON_KINDS, COMMON_LIMITS, COMMON_STATUSES } from '@ouvroir/contracts';
import { LICENCE_OUVERTE_2, OPEN_DATA_PRODUCER } from '@ouvroir/core';

/** One common as the open data files give it: public facts, organisations by name, no person. */
export interface OpenDataRow {
  id: string;
  slug: string;
  url: string;
  kind: string;
  name: string;
  summary: string;
  domain: string;
  status: string;
  laureate: boolean;
  licence: string;
  licenceOpen: boolean;
  website: string | null;
  sourceRepository: string | null;
  mirrors: string[];
  forges: string[];
  tags: string[];
  maintainingOrganisations: string[];
  maintainerCount: number;
  usingOrganisations: string[];
  levels: string[];
  subjects: string[];
  createdAt: Date;
  updatedAt: Date;
}

interface Field {
  name: string;
  title: string;
  description: string;
  type: 'string' | 'boolean' | 'integer' | 'datetime';
  format?: 'uri' | 'uuid' | 'default';
  constraints?: Record<string, unknown>;
  value: (row: OpenDataRow) => string | number | boolean | null;
}

/** Lists in one cell: separated by « ; » (names and labels may hold commas, never this pair). */
export const LIST_SEPARATOR = ' ; ';
const list = (values: string[]) => values.join(LIST_SEPARATOR);
/** ISO 8601 in UTC to the second: Table Schema's default `datetime` format. */
export const isoSecond = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The columns, in order: the CSV's header, the JSON's keys and the Table Schema's fields. */
export const OPEN_DATA_FIELDS: Field[] = [
  {
    name: 'id',
    title: 'Identifiant',
    description: 'Identifiant stable du commun.',
    type: 'string',
    format: 'uuid',
    constraints: { required: true, unique: true },
    value: (row) => row.id,
  },
  {
    name: 'adresse',
    title: 'Adresse',
    description: 'Identifiant d’adresse du commun, stable même s’il est renommé.',
    type: 'string',
    constraints: { required: true, unique: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', maxLength: COMMON_LIMITS.slugMax },
    value: (row) => row.slug,
  },
  {
    name: 'page',
    title: 'Page',
    description: 'Page du commun dans le catalogue.',
    type: 'string',
    // A pattern rather than the uri format: validators refuse a host without a dot (localhost) as a uri.
    constraints: { required: true, pattern: 'https?://.+' },
    value: (row) => row.url,
  },
  {
    name: 'type',
    title: 'Type',
    description: 'software (logiciel), educational_resource (ressource éducative), service ou dataset (données).',
    type: 'string',
    constraints: { required: true, enum: [...COMMON_KINDS] },
    value: (row) => row.kind,
  },
  {
    name: 'nom',
    title: 'Nom',
    description: 'Nom du commun.',
    type: 'string',
    constraints: { required: true },
    value: (row) => row.name,
  },
  {
    name: 'resume',
    title: 'Résumé',
    description: 'Résumé en une ou deux phrases.',
    type: 'string',
    value: (row) => row.summary,
  },
  {
    name: 'domaine',
    title: 'Domaine',
    description: 'Domaine du programme auquel le commun se rattache.',
    type: 'string',
    constraints: { required: true },
    value: (row) => row.domain,
  },
  {
    name: 'statut',
    title: 'Statut',
    description:
      'active (actif), maintained (maintenu), seeking_maintainers (cherche des mainteneurs) ou archived (archivé).',
    type: 'string',
    constraints: { required: true, enum: [...COMMON_STATUSES] },
    value: (row) => row.status,
  },
  {
    name: 'laureat',
    title: 'Lauréat',
    description: 'true si le commun est lauréat d’un appel à communs du programme (décision publiée du comité).',
    type: 'boolean',
    constraints: { required: true },
    value: (row) => row.laureate,
  },
  {
    name: 'licence',
    title: 'Licence',
    description: 'Expression de licence SPDX (https://spdx.org/licenses/).',
    type: 'string',
    constraints: { required: true },
    value: (row) => row.licence,
  },
  {
    name: 'licence_ouverte',
    title: 'Licence ouverte',
    description: 'true si chaque licence à accepter fait partie des licences ouvertes retenues par le programme.',
    type: 'boolean',
    constraints: { required: true },
    value: (row) => row.licenceOpen,
  },
  {
    name: 'site_web',
    title: 'Site web',
    description: 'Site du commun, s’il en a un.',
    type: 'string',
    format: 'uri',
    value: (row) => row.website,
  },
  {
    name: 'depot_source',
    title: 'Dépôt source',
    description: 'Adresse du dépôt de sources.',
    type: 'string',
    format: 'uri',
    value: (row) => row.sourceRepository,
  },
  {
    name: 'miroirs',
    title: 'Miroirs publics',
    description: 'Adresses des miroirs publics du dépôt, séparées par « ; ».',
    type: 'string',
    value: (row) => list(row.mirrors),
  },
  {
    name: 'forges',
    title: 'Forges',
    description: 'Forges des dépôts (forge_apps_education, github, gitlab, other), séparées par « ; ».',
    type: 'string',
    value: (row) => list(row.forges),
  },
  {
    name: 'mots_cles',
    title: 'Mots-clés',
    description: 'Mots-clés, séparés par « ; ».',
    type: 'string',
    value: (row) => list(row.tags),
  },
  {
    name: 'structures_mainteneuses',
    title: 'Structures mainteneuses',
    description: 'Structures qui maintiennent le commun, séparées par « ; » (les personnes ne sont pas nommées).',
    type: 'string',
    value: (row) => list(row.maintainingOrganisations),
  },
  {
    name: 'nombre_mainteneurs',
    title: 'Nombre de mainteneurs',
    description: 'Personnes et structures qui maintiennent le commun.',
    type: 'integer',
    constraints: { required: true, minimum: 0 },
    value: (row) => row.maintainerCount,
  },
  {
    name: 'structures_utilisatrices',
    title: 'Structures utilisatrices',
    description: 'Structures qui ont déclaré utiliser le commun, séparées par « ; ».',
    type: 'string',
    value: (row) => list(row.usingOrganisations),
  },
  {
    name: 'nombre_structures_utilisatrices',
    title: 'Nombre de structures utilisatrices',
    description: 'Structures qui ont déclaré utiliser le commun.',
    type: 'integer',
    constraints: { required: true, minimum: 0 },
    value: (row) => row.usingOrganisations.length,
  },
  {
    name: 'niveaux',
    title: 'Niveaux',
    description: 'Niveaux ScoLOMFR (vocabulaire 022) des ressources éducatives, séparés par « ; ».',
    type: 'string',
    value: (row) => list(row.levels),
  },
  {
    name: 'disciplines',
    title: 'Disciplines',
    description: 'Disciplines ScoLOMFR (vocabulaire 015) des ressources éducatives, séparées par « ; ».',
    type: 'string',
    value: (row) => list(row.subjects),
  },
  {
    name: 'date_creation',
    title: 'Date de création',
    description: 'Publication dans le catalogue (ISO 8601, UTC).',
    type: 'datetime',
    constraints: { required: true },
    value: (row) => isoSecond(row.createdAt),
  },
  {
    name: 'date_modification',
    title: 'Date de modification',
    description: 'Dernière modification (ISO 8601, UTC).',
    type: 'datetime',
    constraints: { required: true },
    value: (row) => isoSecond(row.updatedAt),
  },
];

export const OPEN_DATA_LICENCE = {
  name: 'Licence Ouverte 2.0',
  path: LICENCE_OUVERTE_2.path,
  spdx: LICENCE_OUVERTE_2.name,
};

/** The Table Schema (https://specs.frictionlessdata.io/table-schema/) of the CSV file. */
export function tableSchema(): Record<string, unknown> {
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    name: 'communs',
    title: 'Catalogue des communs numériques',
    description: `Les communs numériques du programme « libre en éducation ». Producteur : ${OPEN_DATA_PRODUCER}.`,
    licenses: [{ name: OPEN_DATA_LICENCE.spdx, title: OPEN_DATA_LICENCE.name, path: OPEN_DATA_LICENCE.path }],
    fields: OPEN_DATA_FIELDS.map(({ name, title, description, type, format, constraints }) => ({
      name,
      title,
      description,
      type,
      ...(format ? { format } : {}),
      ...(type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
      ...(constraints ? { constraints } : {}),
    })),
    primaryKey: 'id',
    missingValues: [''],
  };
}

/** One row as the JSON file gives it: the same columns, lists as lists. */
export function jsonRow(row: OpenDataRow): Record<string, unknown> {
  return {
    id: row.id,
    adresse: row.slug,
    page: row.url,
    type: row.kind,
    nom: row.name,
    resume: row.summary,
    domaine: row.domain,
    statut: row.status,
    laureat: row.laureate,
    licence: row.licence,
    licence_ouverte: row.licenceOpen,
    site_web: row.website,
    depot_source: row.sourceRepository,
    miroirs: row.mirrors,
    forges: row.forges,
    mots_cles: row.tags,
    structures_mainteneuses: row.maintainingOrganisations,
    nombre_mainteneurs: row.maintainerCount,
    structures_utilisatrices: row.usingOrganisations,
    nombre_structures_utilisatrices: row.usingOrganisations.length,
    niveaux: row.levels,
    disciplines: row.subjects,
    date_creation: isoSecond(row.createdAt),
    date_modification: isoSecond(row.updatedAt),
  };
}

/** The CSV cells of a row, before quoting (see `csvLine`). */
export function csvCells(row: OpenDataRow): string[] {
  return OPEN_DATA_FIELDS.map((field) => {
    const value = field.value(row);
    return value === null ? '' : String(value);
  });
}
