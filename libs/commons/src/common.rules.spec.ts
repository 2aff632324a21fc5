import { DomainError } from '@ouvroir/core';
import { forgeOf } from './forge';
import { slugFrom, validRepositories } from './common.rules';
import { isRecommended, parseLicence } from './licence';

const reasonOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.reason : String(error);
  }
  return null;
};

describe('licences', () => {
  it.each([
    ['MIT', ['MIT'], true],
    ['CC-BY-SA-4.0', ['CC-BY-SA-4.0'], true],
    ['etalab-2.0', ['etalab-2.0'], true],
    ['(MIT OR Apache-2.0) AND CC-BY-4.0', ['MIT', 'Apache-2.0', 'CC-BY-4.0'], true],
    ['MIT OR CC-BY-NC-4.0', ['MIT', 'CC-BY-NC-4.0'], true],
    ['MIT AND CC-BY-NC-4.0', ['MIT', 'CC-BY-NC-4.0'], false],
    ['GPL-3.0+', ['GPL-3.0'], true],
    ['GPL-2.0-or-later WITH Classpath-exception-2.0', ['GPL-2.0-or-later'], true],
    ['LicenseRef-Maison', ['LicenseRef-Maison'], false],
    ['  MIT   OR  Apache-2.0 ', ['MIT', 'Apache-2.0'], true],
  ])('reads « %s »', (expression, ids, open) => {
    expect(parseLicence(expression)).toEqual({ expression: expression.trim().replace(/\s+/g, ' '), ids, open });
  });

  it.each(['', 'FOO-1.0', 'MIT AND', 'mit', '(MIT', 'MIT OR OR Apache-2.0', 'x'.repeat(301)])(
    'refuses « %s »',
    (expression) => {
      expect(reasonOf(() => parseLicence(expression))).toBe('LICENCE_INVALID');
    },
  );

  it('recommends by kind', () => {
    expect(isRecommended('educational_resource', ['CC-BY-SA-4.0'])).toBe(true);
    expect(isRecommended('software', ['CC-BY-SA-4.0'])).toBe(false);
    expect(isRecommended('software', ['MIT', 'Apache-2.0'])).toBe(true);
  });
});

describe('repositories', () => {
  it.each([
    ['https://forge.apps.education.fr/a/b', 'forge_apps_education'],
    ['https://github.com/a/b', 'github'],
    ['https://gitlab.com/a/b', 'gitlab'],
    ['https://gitlab.huma-num.fr/a/b', 'gitlab'],
    ['https://framagit.org/a/b', 'other'],
  ])('finds the forge of %s', (url, forge) => {
    expect(forgeOf(new URL(url))).toBe(forge);
  });

  it('pairs a mirror with its source of the same list', () => {
    const [source, mirror] = validRepositories([
      { url: 'https://forge.apps.education.fr/a/b' },
      { url: 'https://github.com/a/b', mirrorOfUrl: 'https://forge.apps.education.fr/a/b' },
    ]);
    expect(source).toMatchObject({ role: 'source', mirrorOfUrl: null, position: 0 });
    expect(mirror).toMatchObject({ role: 'mirror', mirrorOfUrl: 'https://forge.apps.education.fr/a/b', position: 1 });
  });

  it.each([
    [[{ url: 'javascript:alert(1)' }], 'REPOSITORY_URL_INVALID'],
    [[{ url: 'ftp://a.fr/b' }], 'REPOSITORY_URL_INVALID'],
    [[{ url: `https://a.fr/${'x'.repeat(500)}` }], 'REPOSITORY_URL_INVALID'],
    [[{ url: 'https://a.fr/b' }, { url: 'https://a.fr/b' }], 'REPOSITORY_DUPLICATE'],
    [[{ url: 'https://a.fr/b', role: 'mirror' as const }], 'REPOSITORY_MIRROR_INVALID'],
    [[{ url: 'https://a.fr/b', mirrorOfUrl: 'https://a.fr/b' }], 'REPOSITORY_MIRROR_INVALID'],
  ])('refuses %j', (list, reason) => {
    expect(reasonOf(() => validRepositories(list))).toBe(reason);
  });
});

describe('addresses', () => {
  it.each([
    ['Exercices de géométrie', 'exercices-de-geometrie'],
    ['  Œuvres — d’art ! ', 'oeuvres-d-art'],
    ['???', 'commun'],
    ['a'.repeat(100), 'a'.repeat(80)],
  ])('derives « %s » → %s', (name, slug) => {
    expect(slugFrom(name)).toBe(slug);
  });
});
