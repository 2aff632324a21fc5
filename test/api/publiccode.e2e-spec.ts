import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * publiccode.yml in and out of the catalogue (docs/open-data.md): the fixtures each imported with
 * their report or refused with their reason and nothing written; the report shown to maintainers
 * only; one entry per repository; a valid 0.4 export; an export imported back gives the same entry;
 * files read from a local imitation of the forges' APIs, never the network.
 */
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/publiccode', name));

const IMPORT = `mutation ($text: String!, $domainId: ID, $commonId: ID) {
  importCommonFromPubliccode(text: $text, domainId: $domainId, commonId: $commonId) { id slug name revision }
}`;
const FETCH = `mutation ($commonId: ID, $url: String, $domainId: ID) {
  fetchPubliccodeFromRepository(commonId: $commonId, url: $url, domainId: $domainId) { id slug name revision }
}`;
const COMMON = `query ($slug: String!) {
  common(slug: $slug) {
    id slug name summary description status website tags revision
    licence { expression }
    publiccodeReport
  }
}`;

/** An imitation of GitLab's files API and GitHub's raw files, serving the fixtures. */
function startForge(): Promise<{ server: Server; url: string }> {
  const big = Buffer.alloc(5 * 1024 * 1024, 'a');
  const files: Record<string, () => Buffer | null> = {
    'ladigitale/digipad': () => fixture('v03.yml'),
    'primtux/primtux-iso': () => fixture('v02-unquoted-version.yml'),
    'big/project': () => big,
    'binary/project': () => fixture('binary.png'),
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://forge.test');
    const gitlab = /^\/api\/v4\/projects\/([^/]+)\/repository\/files\/publiccode\.yml\/raw$/.exec(url.pathname);
    const github = /^\/raw\/([\w.-]+\/[\w.-]+)\/HEAD\/publiccode\.yml$/.exec(url.pathname);
    const path = gitlab ? decodeURIComponent(gitlab[1]) : github ? `github:${github[1]}` : null;
    if (path === 'moved/project') {
      response.writeHead(302, { location: 'http://elsewhere.example/publiccode.yml' }).end();
      return;
    }
    if (path === 'github:exemple-edu/geotortue') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end(fixture('licence-or.yml'));
      return;
    }
    const body = path && gitlab && url.searchParams.get('ref') === 'HEAD' ? files[path]?.() : null;
    if (!body) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"404 File Not Found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

describe('publiccode.yml', () => {
  let app: PeopleApp;
  let forge: { server: Server; url: string };
  let claire: Person;
  let karim: Person;
  let yann: Person;
  let domainId: string;

  beforeAll(async () => {
    forge = await startForge();
    app = await startPeopleApp([account('claire'), account('karim'), account('yann', 'guest')], {
      FORGE_GITLAB_API_URL: forge.url,
      FORGE_GITHUB_RAW_URL: `${forge.url}/raw`,
    });
    claire = await app.signIn('claire');
    karim = await app.signIn('karim');
    yann = await app.signIn('yann');
    domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => forge.server.close(resolve));
  });

  /** What any import writes: commons, revisions, repositories, journal entries. */
  const written = async () =>
    (
      await app.sql
        .query(`SELECT (SELECT count(*) FROM common) AS commons, (SELECT count(*) FROM common_revision) AS revisions,
        (SELECT count(*) FROM common_repository) AS repositories, (SELECT count(*) FROM audit_entry) AS journal`)
    ).rows[0];
  const reasonOf = (answer: { errors?: { extensions: { code: string; reason?: string } }[] }) =>
    answer.errors?.[0]?.extensions.reason ?? answer.errors?.[0]?.extensions.code;
  const importAs = (person: Person, name: string, variables: Record<string, unknown> = {}) =>
    person.graphql(IMPORT, { text: fixture(name).toString('utf8'), domainId, ...variables });
  const commonAs = async (person: Person, slug: string) => (await person.graphql(COMMON, { slug })).data!.common;
  /** The report's lines, as its maintainers read them (null for anyone else). */
  const reportAs = async (person: Person, slug: string) => {
    const report = (await commonAs(person, slug)).publiccodeReport as string | null;
    return report === null
      ? null
      : (JSON.parse(report) as { items: { path: string; severity: string; message: string }[] }).items;
  };

  it.each([
    ['v02-unquoted-version.yml', 'Primtux', ['warning publiccodeYmlVersion']],
    ['v03.yml', 'Digipad', []],
    ['v04-complete.yml', 'MathALÉA', ['warning usedBy[0]', 'warning usedBy[1]']],
    ['italian-only.yml', 'Registro Aperto', ['warning description.it']],
    ['unknown-keys.yml', 'Capytale', ['warning logoUrl', 'warning team', 'warning x-ouvroir-note']],
    ['missing-descriptions.yml', 'Scribe', ['warning description']],
    ['contacts-string.yml', 'Digiboard', ['error maintenance.contacts']],
    ['used-by.yml', 'Éléa', ['warning usedBy[0]', 'warning usedBy[1]', 'warning usedBy[2]']],
    ['licence-or.yml', 'Géotortue', ['warning description.en']],
    [
      'long-description.yml',
      'Séquences partagées',
      ['warning description.fr.longDescription', 'warning description.fr.shortDescription'],
    ],
    [
      'minimal.yml',
      'Une application minimale',
      ['warning publiccodeYmlVersion', 'warning description', 'warning legal.license'],
    ],
  ])('imports %s with its report beside the entry', async (file, name, report) => {
    const answer = await importAs(claire, file);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importCommonFromPubliccode).toMatchObject({ name, revision: 1 });
    const items = (await reportAs(claire, answer.data!.importCommonFromPubliccode.slug))!;
    expect(items.map((item) => `${item.severity} ${item.path}`)).toEqual(report);
    for (const item of items) expect(item.message).toMatch(/[a-zéèà]/);
  });

  it('keeps a licence with OR, and marks a file without one as « non précisée », not open', async () => {
    expect((await commonAs(claire, 'geotortue')).licence.expression).toBe('MIT OR Apache-2.0');
    expect((await commonAs(claire, 'une-application-minimale')).licence.expression).toBe('LicenseRef-non-precisee');
  });

  it.each([
    ['not-yaml.yml', 'PUBLICCODE_NOT_YAML'],
    ['no-url.yml', 'PUBLICCODE_UNUSABLE'],
    ['alias-bomb.yml', 'PUBLICCODE_TOO_MANY_ALIASES'],
  ])('refuses %s with %s, writing nothing', async (file, reason) => {
    const before = await written();
    const answer = await importAs(claire, file);
    expect(reasonOf(answer)).toBe(reason);
    expect(answer.errors![0].message).toMatch(/^Ce /);
    expect(await written()).toEqual(before);
  });

  it('refuses a text over 512 KiB (PUBLICCODE_TOO_LARGE) and a binary one, writing nothing', async () => {
    const before = await written();
    const large = `name: Trop grand\nurl: https://github.com/a/b\n# ${'x'.repeat(600 * 1024)}\n`;
    expect(reasonOf(await claire.graphql(IMPORT, { text: large, domainId }))).toBe('PUBLICCODE_TOO_LARGE');
    // A NUL is refused by the GraphQL transport before the import: a binary file never reaches it as text.
    expect(reasonOf(await claire.graphql(IMPORT, { text: 'name: a\u0000b', domainId }))).toBe('BAD_USER_INPUT');
    expect(await written()).toEqual(before);
  });

  it('refuses the public and guests', async () => {
    expect(reasonOf(await app.anonymous.graphql(IMPORT, { text: 'name: x', domainId }))).toBe('SIGN_IN_REQUIRED');
    expect(reasonOf(await importAs(yann, 'v03.yml'))).toBe('COMMON_MEMBERS_ONLY');
  });

  it('shows the report to maintainers only', async () => {
    expect(await reportAs(claire, 'digiboard')).toHaveLength(1);
    expect(await reportAs(karim, 'digiboard')).toBeNull();
    expect(await reportAs(app.anonymous, 'digiboard')).toBeNull();
  });

  it('finds the entry again by its url: its maintainer updates it (a revision more), anyone else is refused', async () => {
    const before = await written();
    const again = await importAs(claire, 'v03.yml');
    expect(again.errors).toBeUndefined();
    expect(again.data!.importCommonFromPubliccode).toMatchObject({ slug: 'digipad', revision: 2 });
    const after = await written();
    expect([after.commons, after.repositories]).toEqual([before.commons, before.repositories]);
    const refused = await importAs(karim, 'v03.yml');
    expect(reasonOf(refused)).toBe('PUBLICCODE_ALREADY_LISTED');
    expect(refused.errors![0].message).toContain('« digipad »');
    expect(await written()).toEqual(after);
  });

  it('exports a valid publiccode.yml 0.4 of a software common, without any e-mail', async () => {
    const response = await app.t.http.get('/communs/mathalea/publiccode.yml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/yaml; charset=utf-8');
    const document = parse(response.text);
    expect(document).toMatchObject({
      publiccodeYmlVersion: '0.4',
      name: 'MathALÉA',
      url: 'https://forge.apps.education.fr/coopmaths/mathalea',
      landingURL: 'https://coopmaths.fr/alea',
      platforms: ['web'],
      categories: ['learning-management-system'],
      developmentStatus: 'stable',
      softwareType: 'standalone/web',
      legal: { license: 'AGPL-3.0-or-later' },
      maintenance: { type: 'community', contacts: [{ name: 'Claire Test' }] },
      localisation: { localisationReady: false, availableLanguages: ['fr'] },
    });
    const fr = document.description.fr;
    expect(fr.shortDescription.length).toBeLessThanOrEqual(150);
    expect(fr.longDescription.length).toBeGreaterThanOrEqual(150);
    expect(fr.features).toEqual(['Exercices à données aléatoires avec correction', 'Diaporamas de calcul mental']);
    expect(response.text).not.toContain('@');
  });

  it('answers 404 in French for an unknown common', async () => {
    const response = await app.t.http.get('/communs/inconnu/publiccode.yml');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND', reason: 'COMMON_NOT_FOUND' });
    expect(response.body.message).toMatch(/^Ce commun/);
  });

  it('imports back its own export as the same entry, same slug, same fields', async () => {
    const before = await commonAs(claire, 'mathalea');
    const exported = (await app.t.http.get('/communs/mathalea/publiccode.yml')).text;
    const answer = await claire.graphql(IMPORT, { text: exported, domainId });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importCommonFromPubliccode).toMatchObject({ id: before.id, slug: 'mathalea' });
    const after = await commonAs(claire, 'mathalea');
    const fields = ({ revision: _revision, publiccodeReport: _report, ...rest }: Record<string, unknown>) => rest;
    expect(fields(after)).toEqual(fields(before));
    expect(after.revision).toBe(before.revision + 1);
  });

  it('round-trips what the standard cannot hold as it is: a long summary, a short description, other tags, mirrors', async () => {
    const created = await claire.graphql(`mutation ($input: CommonInput!) { createCommon(input: $input) { slug } }`, {
      input: {
        kind: 'software',
        name: 'Carnet de bord',
        summary:
          `Un carnet de bord pour la classe. ${'Il garde la trace des séances, des devoirs et des projets. '.repeat(3)}`.trim(),
        description: 'Court.',
        domainId,
        licence: 'EUPL-1.2',
        status: 'seeking_maintainers',
        tags: ['vie de classe', 'linux'],
        repositories: [
          { url: 'https://forge.apps.education.fr/carnet/carnet', role: 'source' },
          {
            url: 'https://github.com/carnet/carnet',
            role: 'mirror',
            mirrorOfUrl: 'https://forge.apps.education.fr/carnet/carnet',
          },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    const before = await commonAs(claire, 'carnet-de-bord');
    const exported = (await app.t.http.get('/communs/carnet-de-bord/publiccode.yml')).text;
    const document = parse(exported);
    expect(document.description.fr.shortDescription.length).toBeLessThanOrEqual(150);
    expect(document.description.fr.longDescription.length).toBeGreaterThanOrEqual(150);
    expect(document.platforms).toEqual(['linux']);
    expect(document.maintenance).toEqual({ type: 'none' });
    const journal = async () =>
      (await app.sql.query(`SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY occurred_at`, [before.id]))
        .rows;
    const entries = (await journal()).length;
    const answer = await claire.graphql(IMPORT, { text: exported });
    expect(answer.errors).toBeUndefined();
    const after = await commonAs(claire, 'carnet-de-bord');
    const fields = ({ revision: _revision, publiccodeReport: _report, ...rest }: Record<string, unknown>) => rest;
    expect(fields(after)).toEqual(fields(before));
    const repositories = await app.sql.query(
      `SELECT url, role FROM common_repository WHERE common_id = $1 ORDER BY position`,
      [before.id],
    );
    expect(repositories.rows).toEqual([
      { url: 'https://forge.apps.education.fr/carnet/carnet', role: 'source' },
      { url: 'https://github.com/carnet/carnet', role: 'mirror' },
    ]);
    expect((await journal()).slice(entries)).toEqual([{ action: 'common_updated' }]);
  });

  describe('read from the forge', () => {
    it('reads a repository of forge.apps.education.fr through the GitLab API and imports it', async () => {
      const answer = await claire.graphql(FETCH, {
        url: 'https://forge.apps.education.fr/primtux/primtux-iso.git',
        domainId,
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.fetchPubliccodeFromRepository).toMatchObject({ slug: 'primtux', revision: 2 });
    });

    it('reads a GitHub repository as a raw file, and a common’s own repository by its id', async () => {
      const { id } = await commonAs(claire, 'geotortue');
      const answer = await claire.graphql(FETCH, { commonId: id });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.fetchPubliccodeFromRepository).toMatchObject({ id, revision: 2 });
    });

    it.each([
      ['https://forge.apps.education.fr/big/project', 'PUBLICCODE_TOO_LARGE'],
      ['https://forge.apps.education.fr/binary/project', 'PUBLICCODE_NOT_TEXT'],
      ['https://forge.apps.education.fr/moved/project', 'FORGE_UNREACHABLE'],
      ['https://forge.apps.education.fr/absent/project', 'FORGE_UNREACHABLE'],
      ['https://example.org/some/project', 'FORGE_URL_UNSUPPORTED'],
      ['javascript:alert(1)', 'FORGE_URL_UNSUPPORTED'],
    ])('refuses %s with %s, writing nothing', async (url, reason) => {
      const before = await written();
      const answer = await claire.graphql(FETCH, { url, domainId });
      expect(reasonOf(answer)).toBe(reason);
      expect(await written()).toEqual(before);
    });
  });
});
