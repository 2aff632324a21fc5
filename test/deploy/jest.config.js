/**
 * `npm run test:deploy`: Ouvroir as deployed (docs/deployment.md) — Debian's nginx ending TLS in
 * front of two production instances — on its own database on the same PostgreSQL as `npm test`.
 */
const base = require('../../jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/deploy'],
  testMatch: ['**/*.deploy-spec.ts'],
  maxWorkers: 1,
};
