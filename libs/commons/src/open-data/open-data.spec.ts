import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLine } from '@ouvroir/groups';
import { Schema, Table } from 'tableschema';
import { jsonLdOf, JsonLdSource, scriptSafeJson } from './json-ld';
import { csvCells, OPEN_DATA_FIELDS, OpenDataRow, tableSchema } from './open-data-format';
import { withPageHead } from './page-head';

const RESOURCE: JsonLdSource = {
  kind: 'educational_resource',
  name: 'Exercices de géométrie </script><script>alert(1)</script>',
  summary: 'Des exercices « cycle 4 ».',
  pageUrl: 'https://ouvroir.example/communs/exercices-de-geometrie',
  website: null,
  licenceIds: ['CC-BY-SA-4.0'],
  tags: ['géométrie'],
  laureate: false,
  repositories: [],
  maintainers: [
    { name: 'Claire Martin', organisation: false },
    { name: 'Académie de Rennes', organisation: true },
  ],
  levels: [{ uri: 'http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-081', label: 'cycle 4' }],
  subjects: [{ uri: 'http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-015-num-227', label: 'mathématiques' }],
  pedagogicalTypes: [],
  createdAt: new Date('2026-01-02T03:04:05.678Z'),
  updatedAt: new Date('2026-02-03T04:05:06.789Z'),
};

describe('the JSON-LD of a common', () => {
  it('describes a resource as a schema.org LearningResource with its level and subject, licence as an address', () => {
    expect(jsonLdOf(RESOURCE)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LearningResource',
      license: 'https://spdx.org/licenses/CC-BY-SA-4.0.html',
      maintainer: [
        { '@type': 'Person', name: 'Claire Martin' },
        { '@type': 'Organization', name: 'Académie de Rennes' },
      ],
      educationalLevel: [{ '@type': 'DefinedTerm', name: 'cycle 4' }],
      teaches: [{ '@type': 'DefinedTerm', name: 'mathématiques' }],
      dateModified: '2026-02-03T04:05:06.789Z',
    });
  });

  it('gives software its source repository, and a laureate its award', () => {
    const software = jsonLdOf({
      ...RESOURCE,
      kind: 'software',
      laureate: true,
      licenceIds: ['MIT', 'Apache-2.0'],
      repositories: [
        { url: 'https://github.com/a/b', role: 'mirror' },
        { url: 'https://forge.apps.education.fr/a/b', role: 'source' },
      ],
    });
    expect(software).toMatchObject({
      '@type': 'SoftwareSourceCode',
      codeRepository: 'https://forge.apps.education.fr/a/b',
      award: 'Lauréat d’un appel à communs',
      license: ['https://spdx.org/licenses/MIT.html', 'https://spdx.org/licenses/Apache-2.0.html'],
    });
    expect(software).not.toHaveProperty('educationalLevel');
    expect(jsonLdOf(RESOURCE)).not.toHaveProperty('award');
  });

  it('is written so that no text closes its script element', () => {
    const json = scriptSafeJson(jsonLdOf(RESOURCE));
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toEqual(jsonLdOf(RESOURCE));
  });

  it('goes into the page head with its title and description, escaped', () => {
    const index =
      '<html><head>\n<meta\n  name="description"\n  content="Ouvroir"\n/>\n<title>Ouvroir</title>\n</head><body></body></html>';
    const html = withPageHead(index, { title: 'A & $1 <b>', description: 'Un "résumé"', jsonLd: jsonLdOf(RESOURCE) });
    expect(html).toContain('<title>A &amp; $1 &lt;b&gt;</title>');
    expect(html).toContain('<meta name="description" content="Un &quot;résumé&quot;" />');
    expect(html.match(/<meta/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toMatch(/<script type="application\/ld\+json">\{.*\}<\/script>\n<\/head>/);
  });

  it('replaces the web client’s own title and description in its index.html', () => {
    const index = readFileSync(join(__dirname, '../../../../apps/web/index.html'), 'utf8');
    const html = withPageHead(index, { title: 'Titre', description: 'Résumé', jsonLd: {} });
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<title>Titre</title>');
    expect(html).toContain('<meta name="description" content="Résumé" />');
  });
});

const ROW: OpenDataRow = {
  id: '3f8e7c6a-0b1d-4c2e-9f3a-5b6c7d8e9f01',
  slug: 'digipad',
  url: 'https://ouvroir.example/communs/digipad',
  kind: 'software',
  name: '=HYPERLINK("http://evil.example")',
  summary: 'Des murs, collaboratifs ; « en ligne »\nsur deux lignes',
  domain: 'Logiciels libres',
  status: 'maintained',
  laureate: true,
  licence: 'AGPL-3.0-or-later',
  licenceOpen: true,
  website: null,
  sourceRepository: 'https://forge.apps.education.fr/ladigitale/digipad',
  mirrors: ['https://github.com/ladigitale/digipad'],
  forges: ['forge_apps_education', 'github'],
  tags: ['collaboration'],
  maintainingOrganisations: ['La Digitale'],
  maintainerCount: 2,
  usingOrganisations: ['Académie de Rennes', 'Académie de Lyon'],
  levels: [],
  subjects: [],
  createdAt: new Date('2026-01-02T03:04:05.678Z'),
  updatedAt: new Date('2026-02-03T04:05:06.789Z'),
};

describe('the catalogue as open data', () => {
  it('is a valid Table Schema', async () => {
    // tableschema's types say synchronous; its load and read return promises.
    const schema = await (Schema.load(tableSchema(), { strict: true }) as unknown as Promise<Schema>);
    expect(schema.valid).toBe(true);
    expect(schema.fieldNames).toEqual(OPEN_DATA_FIELDS.map((field) => field.name));
  });

  it('writes CSV rows its Table Schema validates, formulas guarded', async () => {
    const csv = [
      OPEN_DATA_FIELDS.map((field) => field.name),
      csvCells(ROW),
      csvCells({ ...ROW, id: ROW.id.replace('3', '4'), slug: 'autre', website: 'https://x.example' }),
    ]
      .map(csvLine)
      .join('');
    const file = join(mkdtempSync(join(tmpdir(), 'communs-')), 'communs.csv');
    writeFileSync(file, csv);
    const table = await Table.load(file, { schema: tableSchema() });
    const rows = await (table.read({ keyed: true }) as unknown as Promise<Record<string, unknown>[]>);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      nom: `'=HYPERLINK("http://evil.example")`,
      laureat: true,
      licence_ouverte: true,
      nombre_structures_utilisatrices: 2,
      site_web: null,
    });
    expect((rows[0].date_modification as Date).toISOString()).toBe('2026-02-03T04:05:06.000Z');
  });
});
