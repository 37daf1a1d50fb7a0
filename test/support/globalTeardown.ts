/**
 * jest globalTeardown: drop this run's template and every per-file database of this run that a test
 * file did not drop itself, then stop and delete the embedded cluster if globalSetup started one.
 */
import fs from 'node:fs';
import pg from 'pg';
import { TEMPLATE_PREFIX, TEST_DB_PREFIX } from './naming';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__JR_TEST__;
  if (!state) return;
  globalThis.__JR_TEST__ = undefined;
  if (state.embedded) {
    await state.embedded.stop();
    fs.rmSync(state.embedded.dataDir, { recursive: true, force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: state.adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
      [`${TEMPLATE_PREFIX}${state.runId}`, `${TEST_DB_PREFIX}${state.runId}_`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
