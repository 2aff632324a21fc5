import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@ouvroir/core';
import { parse } from 'yaml';
import { exportPubliccode, PubliccodeSource, splitFeatures } from './publiccode-export';
import { importPubliccode } from './publiccode-import';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/publiccode', name));

/** The reason a file is refused for, or undefined when it is imported. */
function refusal(input: Buffer | string): string | undefined {
  try {
    importPubliccode(input);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.reason;
    throw error;
  }
}

const paths = (name: string) => importPubliccode(fixture(name)).report.map((item) => `${item.severity} ${item.path}`);

describe('importing a publiccode.yml', () => {
  it('reads version 0.2 written as a number, and says it should be quoted', () => {
    const { entry, report } = importPubliccode(fixture('v02-unquoted-version.yml'));
    expect(entry).toMatchObject({
      name: 'Primtux',
      url: 'https://forge.apps.education.fr/primtux/primtux-iso',
      website: 'https://primtux.fr',
      licence: 'GPL-3.0-or-later',
      status: 'maintained',
      tags: ['learning-management-system', 'linux', 'standalone/desktop'],
    });
    expect(entry.description).toContain('## Fonctionnalités\n\n- Sessions par cycle (1, 2 et 3)\n- Navigateur filtré');
    expect(report).toEqual([
      { path: 'publiccodeYmlVersion', severity: 'warning', message: expect.stringContaining('guillemets') },
    ]);
  });

  it('reads version 0.3 and 0.4 without remark; a single web platform and standalone/web make no tag', () => {
    expect(importPubliccode(fixture('v03.yml')).report).toEqual([]);
    const { entry, report } = importPubliccode(fixture('v04-complete.yml'));
    expect(report).toEqual([]);
    expect(entry.tags).toEqual(['learning-management-system']);
    expect(entry.summary).toBe('Des exercices de mathématiques à données aléatoires, du CP à la terminale.');
    expect(entry.usedBy).toEqual(['Académie de Rennes', 'Collège imaginaire de Brocéliande']);
  });

  it('takes the Italian description when there is no French or English one, and says so', () => {
    const { entry } = importPubliccode(fixture('italian-only.yml'));
    expect(entry.summary).toBe('Registro elettronico libero per le scuole.');
    expect(entry.status).toBe('active');
    expect(paths('italian-only.yml')).toEqual(['warning description.it']);
  });

  it('prefers English to any other language but French', () => {
    expect(importPubliccode(fixture('licence-or.yml')).entry.summary).toBe(
      'Turtle geometry to learn programming and geometry.',
    );
  });

  it('ignores unknown keys with a warning each', () => {
    expect(paths('unknown-keys.yml')).toEqual(['warning logoUrl', 'warning team', 'warning x-ouvroir-note']);
  });

  it('imports a file without descriptions, with a summary to write', () => {
    const { entry } = importPubliccode(fixture('missing-descriptions.yml'));
    expect(entry.summary).toContain('Scribe');
    expect(entry.description).toBe('');
    expect(paths('missing-descriptions.yml')).toEqual(['warning description']);
  });

  it('reports a wrong type in a known key (maintenance.contacts as a text) as an error and imports the rest', () => {
    const { entry } = importPubliccode(fixture('contacts-string.yml'));
    expect(entry.name).toBe('Digiboard');
    expect(paths('contacts-string.yml')).toEqual(['error maintenance.contacts']);
  });

  it('keeps usedBy as names, and a contract maintenance as maintained', () => {
    const { entry } = importPubliccode(fixture('used-by.yml'));
    expect(entry.usedBy).toHaveLength(3);
    expect(entry.status).toBe('maintained');
  });

  it('keeps a licence expression with OR as it is written', () => {
    const { entry } = importPubliccode(fixture('licence-or.yml'));
    expect(entry.licence).toBe('MIT OR Apache-2.0');
    expect(entry.tags).toEqual(['it-development', 'linux', 'windows', 'mac', 'standalone/desktop']);
  });

  it('cuts a summary and a description too long for the catalogue, and says so', () => {
    const { entry, report } = importPubliccode(fixture('long-description.yml'));
    expect(entry.summary.length).toBeLessThanOrEqual(300);
    expect(entry.summary.endsWith('…')).toBe(true);
    expect(entry.description.length).toBeLessThanOrEqual(20_000);
    expect(report.map((item) => item.path)).toEqual([
      'description.fr.longDescription',
      'description.fr.shortDescription',
    ]);
  });

  it('imports a minimal file (name and url), warning of what it lacks', () => {
    const { entry } = importPubliccode(fixture('minimal.yml'));
    expect(entry).toMatchObject({ name: 'Une application minimale', licence: null, tags: [], website: null });
    expect(paths('minimal.yml')).toEqual([
      'warning publiccodeYmlVersion',
      'warning description',
      'warning legal.license',
    ]);
  });

  it('refuses what cannot make an entry, each with its reason', () => {
    expect(refusal(fixture('not-yaml.yml'))).toBe('PUBLICCODE_NOT_YAML');
    expect(refusal(fixture('no-url.yml'))).toBe('PUBLICCODE_UNUSABLE');
    expect(refusal(fixture('alias-bomb.yml'))).toBe('PUBLICCODE_TOO_MANY_ALIASES');
    expect(refusal(fixture('binary.png'))).toBe('PUBLICCODE_NOT_TEXT');
    expect(refusal(Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xc3, 0x28]))).toBe('PUBLICCODE_NOT_TEXT');
    expect(refusal('name: a\0b\nurl: https://x.org')).toBe('PUBLICCODE_NOT_TEXT');
    expect(refusal(Buffer.alloc(5 * 1024 * 1024, 'a'))).toBe('PUBLICCODE_TOO_LARGE');
    expect(refusal('- une liste\n- pas des clés')).toBe('PUBLICCODE_UNUSABLE');
    expect(refusal('name: Sans dépôt\nurl: ftp://example.org/depot')).toBe('PUBLICCODE_UNUSABLE');
  });

  it('says on which line the YAML breaks, in French', () => {
    try {
      importPubliccode(fixture('not-yaml.yml'));
    } catch (error) {
      expect((error as DomainError).message).toMatch(/^Ce fichier n’est pas du YAML lisible \(ligne \d+\) : [a-zé]/);
      return;
    }
    throw new Error('not refused');
  });
});

const SOURCE: PubliccodeSource = {
  name: 'Digipad',
  summary: 'Des murs collaboratifs en ligne pour la classe.',
  description: 'Un mur court.\n\n## Fonctionnalités\n\n- Colonnes\n- Modération',
  website: 'https://digipad.app',
  licence: 'AGPL-3.0-or-later',
  status: 'seeking_maintainers',
  tags: ['collaboration', 'mathématiques'],
  url: 'https://forge.apps.education.fr/ladigitale/digipad',
  maintainers: ['Claire Martin', 'La Digitale'],
  usedBy: ['Académie de Rennes'],
};

describe('exporting a publiccode.yml', () => {
  it('writes the keys the standard 0.4 requires, features apart, a long description of 150 characters at least', () => {
    const document = parse(exportPubliccode({ ...SOURCE, status: 'maintained' })) as {
      description: { fr: { features: string[]; longDescription: string } };
    };
    expect(document).toMatchObject({
      publiccodeYmlVersion: '0.4',
      name: 'Digipad',
      url: SOURCE.url,
      landingURL: SOURCE.website,
      platforms: ['web'],
      categories: ['collaboration'],
      usedBy: ['Académie de Rennes'],
      developmentStatus: 'stable',
      softwareType: 'standalone/web',
      legal: { license: 'AGPL-3.0-or-later' },
      maintenance: { type: 'community', contacts: [{ name: 'Claire Martin' }, { name: 'La Digitale' }] },
      localisation: { localisationReady: false, availableLanguages: ['fr'] },
    });
    expect(document.description.fr.features).toEqual(['Colonnes', 'Modération']);
    expect(document.description.fr.longDescription.length).toBeGreaterThanOrEqual(150);
    expect(document.description.fr.longDescription).not.toContain('Fonctionnalités');
    expect(JSON.stringify(document)).not.toMatch(/@/);
  });

  it('gives each status its own pair of keys, read back as the same status', () => {
    for (const status of ['active', 'maintained', 'seeking_maintainers', 'archived'] as const) {
      expect(importPubliccode(exportPubliccode({ ...SOURCE, status })).entry.status).toBe(status);
    }
  });

  it('imports back the fields publiccode.yml carries', () => {
    const { entry, report } = importPubliccode(exportPubliccode({ ...SOURCE, description: 'x'.repeat(200) }));
    expect(report).toEqual([]);
    expect(entry).toMatchObject({
      name: SOURCE.name,
      url: SOURCE.url,
      website: SOURCE.website,
      licence: SOURCE.licence,
      summary: SOURCE.summary,
      description: 'x'.repeat(200),
      tags: ['collaboration'],
      usedBy: ['Académie de Rennes'],
    });
  });

  it('finds the features list the import wrote at the end of a description, and nothing else', () => {
    expect(splitFeatures('Texte\n\n## Fonctionnalités\n\n- a\n- b')).toEqual({ body: 'Texte', features: ['a', 'b'] });
    expect(splitFeatures('## Fonctionnalités\n\nUn paragraphe.').features).toEqual([]);
  });
});
