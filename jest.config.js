/**
 * `npm test`: unit tests beside the code (`*.spec.ts`) and API tests through
 * the real app over HTTP (`test/api/*.e2e-spec.ts`), all against a real
 * PostgreSQL: TEST_DATABASE_URL's server when set, else an embedded one.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api/src', '<rootDir>/libs', '<rootDir>/test/api'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '\\.[cm]?[jt]s$': '<rootDir>/test/setup/jest-transform.js' },
  transformIgnorePatterns: [],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
