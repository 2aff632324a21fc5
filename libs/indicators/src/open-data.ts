import { LICENCE_OUVERTE_2, OPEN_DATA_PRODUCER } from '@ouvroir/core';
import { csvLine } from '@ouvroir/groups';
import { IndicatorDefinition } from './definitions';
import { SnapshotRow } from './indicator-snapshots.repository';
import { IndicatorValue } from './indicators.service';

/** The producer and licence of every file, as the open data portal's metadata want them. */
export const PRODUCER = {
  name: OPEN_DATA_PRODUCER,
  // The SIRET given by the brief for the ministry; to be confirmed against the SIRENE register before publication.
  siret: '11004601800013',
};

export const LICENCE = LICENCE_OUVERTE_2;

const HEADER = ['indicateur', 'debut', 'fin', 'domaine', 'groupe', 'cle', 'libelle', 'valeur', 'affichage', 'masque'];

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The indicator's figures as CSV: comma, UTF-8 with a byte order mark, ISO dates, the formula guard of the journal's export. */
export function indicatorCsv(value: IndicatorValue): string {
  const rows = value.cells.map((cell) =>
    csvLine([
      value.definition.code,
      day(value.from),
      day(value.to),
      value.domain ?? '',
      value.group ?? '',
      cell.key,
      cell.label,
      cell.value === null ? '' : String(cell.value),
      cell.display,
      cell.suppressed ? 'true' : 'false',
    ]),
  );
  return `\uFEFF${csvLine(HEADER)}${rows.join('')}`;
}

/** The Table Schema (frictionlessdata.io) of an indicator's CSV file. */
export function indicatorTableSchema(definition: IndicatorDefinition) {
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    name: `indicateur-${definition.code}`,
    title: definition.name,
    description: definition.definition,
    licenses: [LICENCE],
    contributors: [{ title: PRODUCER.name, role: 'author', organization: `SIRET ${PRODUCER.siret}` }],
    missingValues: [''],
    fields: [
      { name: 'indicateur', type: 'string', description: 'Code de l’indicateur', constraints: { required: true } },
      {
        name: 'debut',
        type: 'date',
        format: 'default',
        description: 'Début de la période (inclus)',
        constraints: { required: true },
      },
      {
        name: 'fin',
        type: 'date',
        format: 'default',
        description: 'Fin de la période (exclue)',
        constraints: { required: true },
      },
      { name: 'domaine', type: 'string', description: 'Domaine filtré, vide pour tout le programme' },
      { name: 'groupe', type: 'string', description: 'Groupe public filtré, vide sinon' },
      { name: 'cle', type: 'string', description: 'Clé stable de la ligne', constraints: { required: true } },
      { name: 'libelle', type: 'string', description: 'Libellé de la ligne', constraints: { required: true } },
      { name: 'valeur', type: 'number', description: `Valeur (${definition.unit}) ; vide si masquée ou sans objet` },
      {
        name: 'affichage',
        type: 'string',
        description: 'Valeur telle qu’affichée, « moins de 5 » si masquée',
        constraints: { required: true },
      },
      {
        name: 'masque',
        type: 'boolean',
        description: 'Masquée : moins de 5 personnes, ou complément d’une valeur masquée',
        constraints: { required: true },
      },
    ],
    primaryKey: ['indicateur', 'debut', 'fin', 'domaine', 'groupe', 'cle'],
  };
}

/** The JSON file: the figures with their metadata (producer, licence, dates). */
export function indicatorJson(value: IndicatorValue) {
  const { compute: _compute, ...definition } = value.definition;
  return {
    indicator: definition,
    producer: PRODUCER,
    licence: LICENCE,
    published: definition.since,
    modified: value.computedAt.toISOString(),
    from: day(value.from),
    to: day(value.to),
    domain: value.domain,
    group: value.group,
    cells: value.cells,
  };
}

const SERIES_HEADER = ['indicateur', 'semaine', 'cle', 'libelle', 'valeur', 'affichage', 'masque'];

/** The weekly series as CSV, with the same guard and encoding. */
export function seriesCsv(code: string, rows: readonly SnapshotRow[]): string {
  const lines = rows.map((row) =>
    csvLine([
      code,
      row.week,
      row.breakdown,
      row.label,
      row.value === null ? '' : String(row.value),
      row.display,
      row.suppressed ? 'true' : 'false',
    ]),
  );
  return `\uFEFF${csvLine(SERIES_HEADER)}${lines.join('')}`;
}

/** The Table Schema of an indicator's weekly series. */
export function seriesTableSchema(definition: IndicatorDefinition) {
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    name: `serie-${definition.code}`,
    title: `${definition.name} — série hebdomadaire`,
    description: definition.definition,
    licenses: [LICENCE],
    contributors: [{ title: PRODUCER.name, role: 'author', organization: `SIRET ${PRODUCER.siret}` }],
    missingValues: [''],
    fields: [
      { name: 'indicateur', type: 'string', constraints: { required: true } },
      {
        name: 'semaine',
        type: 'date',
        format: 'default',
        description: 'Lundi de la semaine',
        constraints: { required: true },
      },
      { name: 'cle', type: 'string', constraints: { required: true } },
      { name: 'libelle', type: 'string', constraints: { required: true } },
      { name: 'valeur', type: 'number', description: `Valeur (${definition.unit}) ; vide si masquée ou sans objet` },
      { name: 'affichage', type: 'string', constraints: { required: true } },
      { name: 'masque', type: 'boolean', constraints: { required: true } },
    ],
    primaryKey: ['indicateur', 'semaine', 'cle'],
  };
}
