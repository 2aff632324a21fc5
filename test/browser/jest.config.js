/**
 * `npm run test:browser`: the built app (`npm run build` first) in Debian's Chromium, driven by
 * playwright-core, on its own database on the same PostgreSQL as `npm test`.
 */
const base = require('../../jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser-spec.ts'],
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/global-teardown.ts',
  maxWorkers: 1,
  // A journey takes a minute or more on a loaded machine (two cores, several runs): past it, Playwright's own
  // waits say where it stood, which Jest's timeout would not.
  testTimeout: 300_000,
};
