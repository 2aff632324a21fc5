import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Table } from 'tableschema';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The catalogue as open data (docs/open-data.md): the CSV valid against its own Table Schema (checked
 * by Frictionless Data's `tableschema`), the JSON with its licence and producer, formulas guarded;
 * and each common's page carrying its title, description and JSON-LD in the HTML.
 */
const CREATE = `mutation ($input: CommonInput!) { createCommon(input: $input) { id slug jsonLd } }`;

describe('the catalogue as open data', () => {
  let app: PeopleApp;
  let claire: Person;
  let domainId: string;
  let resourceJsonLd: Record<string, unknown>;

  beforeAll(async () => {
    app = await startPeopleApp([account('claire')]);
    claire = await app.signIn('claire');
    domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'ressources-educatives-libres'`)).rows[0].id;
    const cycle4 = (await app.sql.query(`SELECT uri FROM scolomfr_concept WHERE label = 'cycle 4'`)).rows[0].uri;
    const inputs = [
      {
        kind: 'educational_resource',
        name: 'Exercices de géométrie',
        summary: 'Des exercices « cycle 4 », avec une virgule, et </script> dans le texte.',
        description: 'Une centaine d’exercices.',
        licence: 'CC-BY-SA-4.0',
        tags: ['géométrie'],
        scolomfrUris: [cycle4],
      },
      {
        kind: 'software',
        name: '=SOMME(A1:A9)',
        summary: '-2 commence par un signe moins',
        description: '',
        licence: 'EUPL-1.2',
        repositories: [
          { url: 'https://forge.apps.education.fr/a/b', role: 'source' },
          { url: 'https://github.com/a/b', role: 'mirror', mirrorOfUrl: 'https://forge.apps.education.fr/a/b' },
        ],
      },
      { kind: 'dataset', name: 'Annuaire', summary: 'Les écoles.', description: '', licence: 'LicenseRef-maison' },
    ];
    for (const input of inputs) {
      const answer = await claire.graphql(CREATE, { input: { domainId, ...input } });
      expect(answer.errors).toBeUndefined();
      if (input.kind === 'educational_resource') resourceJsonLd = JSON.parse(answer.data!.createCommon.jsonLd);
    }
  });
  afterAll(() => app.close());

  it('gives the CSV with a header row, guarded against formulas, valid against its Table Schema', async () => {
    const response = await app.t.http.get('/donnees/communs.csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const csv = response.text;
    expect(csv.startsWith('id,adresse,page,type,nom,')).toBe(true);
    expect(csv).toContain(`'=SOMME(A1:A9)`);
    expect(csv).toContain(`'-2 commence`);
    const schema = (await app.t.http.get('/donnees/communs.schema.json')).body;
    const file = join(mkdtempSync(join(tmpdir(), 'communs-')), 'communs.csv');
    writeFileSync(file, csv);
    const table = await Table.load(file, { schema });
    // tableschema's types say synchronous; its read returns a promise.
    const rows = await (table.read({ keyed: true }) as unknown as Promise<Record<string, unknown>[]>);
    expect(rows).toHaveLength(3);
    const software = rows.find((row) => row.type === 'software')!;
    expect(software).toMatchObject({
      licence_ouverte: true,
      depot_source: 'https://forge.apps.education.fr/a/b',
      miroirs: 'https://github.com/a/b',
      forges: 'forge_apps_education ; github',
      nombre_mainteneurs: 1,
    });
    expect(rows.find((row) => row.type === 'educational_resource')).toMatchObject({ niveaux: 'cycle 4' });
    expect(rows.find((row) => row.type === 'dataset')).toMatchObject({ licence_ouverte: false });
    expect(csv).not.toContain('claire');
  });

  it('gives the same rows as JSON, under Licence Ouverte 2.0 with its producer and date', async () => {
    const response = await app.t.http.get('/donnees/communs.json');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      licence: 'Licence Ouverte 2.0',
      licence_url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      producteur: 'Ministère de l’Éducation nationale — programme libre en éducation',
    });
    expect(response.body.date_mise_a_jour).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(response.body.communs).toHaveLength(3);
    expect(response.body.communs.find((row: { type: string }) => row.type === 'software').miroirs).toEqual([
      'https://github.com/a/b',
    ]);
  });

  it('gives a Table Schema whose fields have types and constraints', async () => {
    const schema = (await app.t.http.get('/donnees/communs.schema.json')).body;
    expect(schema.primaryKey).toBe('id');
    expect(schema.fields.find((field: { name: string }) => field.name === 'type')).toMatchObject({
      type: 'string',
      constraints: { required: true, enum: ['software', 'educational_resource', 'service', 'dataset'] },
    });
    expect(schema.fields.find((field: { name: string }) => field.name === 'date_modification').type).toBe('datetime');
  });

  it('describes a resource in schema.org JSON-LD with its level and licence', () => {
    expect(resourceJsonLd).toMatchObject({
      '@type': 'LearningResource',
      name: 'Exercices de géométrie',
      license: 'https://spdx.org/licenses/CC-BY-SA-4.0.html',
      educationalLevel: [{ name: 'cycle 4' }],
      maintainer: [{ '@type': 'Person', name: 'Claire Test' }],
    });
  });

  it('serves the common’s page with its title, description and JSON-LD in the HTML, the script unbreakable', async () => {
    const response = await app.t.http.get('/communs/exercices-de-geometrie').set('accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toContain('<title>Exercices de géométrie — Communs numériques — Ouvroir</title>');
    expect(response.text).toContain('content="Des exercices « cycle 4 », avec une virgule, et &lt;/script&gt;');
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(response.text)![1];
    expect(script).not.toContain('<');
    expect(JSON.parse(script)).toEqual(resourceJsonLd);
    const alone = await app.t.http.get('/communs/exercices-de-geometrie').set('accept', 'application/ld+json');
    expect(JSON.parse(alone.text)).toEqual(resourceJsonLd);
  });

  it('serves the page unchanged for an unknown common, and 404 to a machine asking its JSON-LD', async () => {
    const page = await app.t.http.get('/communs/inconnu').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('application/ld+json');
    const data = await app.t.http.get('/communs/inconnu').set('accept', 'application/ld+json');
    expect(data.status).toBe(404);
    expect(data.body.reason).toBe('COMMON_NOT_FOUND');
  });
});
