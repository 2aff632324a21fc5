const { existsSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Import resolver for eslint-plugin-boundaries: `@ouvroir/<library>` is the tsconfig alias of
 * `libs/<library>/src` (its index), which Node's resolution does not know. Without it, a library's
 * alias would look like an npm package and the import boundaries would not see it. Other imports
 * are left to the next resolver (Node's).
 */
const LIBRARY_ALIAS = /^@ouvroir\/([a-z-]+)$/;

exports.interfaceVersion = 2;

exports.resolve = (source) => {
  const library = LIBRARY_ALIAS.exec(source);
  const index = library && join(__dirname, 'libs', library[1], 'src', 'index.ts');
  return index && existsSync(index) ? { found: true, path: index } : { found: false };
};
