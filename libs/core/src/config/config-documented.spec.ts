import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './config';
import { configSchema } from './config.schema';

/** The variables of the README's configuration table, in its order. */
function documentedVariables(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` +\|/gm)].map((match) => match[1]);
}

/** The TypeScript sources of the app and the libraries, tests left out. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the configuration the README documents', () => {
  it('is every variable the schema reads, and no other but the tests’ own', () => {
    const documented = documentedVariables();
    expect(documented.filter((name) => !name.startsWith('TEST_')).sort()).toEqual(
      Object.keys(configSchema.shape).sort(),
    );
  });

  it('is all the environment the code reads: only the configuration reads process.env', () => {
    const readers = ['apps', 'libs']
      .flatMap((folder) => sources(join(projectRoot, folder)))
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(projectRoot, file));
    expect(readers.sort()).toEqual(['libs/core/src/config/config.schema.ts', 'libs/core/src/config/config.ts']);
  });
});
