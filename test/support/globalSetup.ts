/**
 * jest globalSetup (runs once, in the parent process, before any worker; jest transforms it with swc).
 *
 * 1. The server: DATABASE_URL when set (its database is used only as the maintenance connection),
 *    else an embedded PostgreSQL in data/pg-test/run-<pid> on a free port, fsync off (a throw-away
 *    cluster per run, so parallel `jest` runs in one checkout never share a server).
 * 2. A template database jr_tpl_<run>, migrated once with migrations/index.ts.
 * 3. Exports JR_TEST_ADMIN_URL / JR_TEST_TEMPLATE / JR_TEST_RUN to the workers (they inherit env);
 *    test/support/db.ts then clones the template per test file (CREATE DATABASE ... TEMPLATE).
 */
import './resolveTsSpecifiers';
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { isAlive, startEmbeddedPostgres, stopOrphan } from '../../api/boot/embeddedPostgres';
import type { EmbeddedPostgres } from '../../api/boot/embeddedPostgres';
import { createDataSource } from '../../ormconfig';
import { migrate } from '../../api/boot/migrate';
import { newRunId, runStartOf, STALE_AFTER_MS, TEMPLATE_PREFIX, withDatabase } from './naming';

export const TEST_PG_ROOT = path.resolve(__dirname, '../../data/pg-test');

declare global {
  // eslint-disable-next-line no-var
  var __JR_TEST__: { embedded?: EmbeddedPostgres; adminUrl: string; template: string; runId: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const t0 = performance.now();
  const runId = newRunId();
  let adminUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  if (!adminUrl) {
    await removeStaleClusters();
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(TEST_PG_ROOT, `run-${process.pid}`),
      port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 0),
      database: 'postgres',
      fast: true,
    });
    adminUrl = embedded.adminUrl;
  }
  const template = `${TEMPLATE_PREFIX}${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await dropStaleDatabases(admin);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  const dataSource = createDataSource(withDatabase(adminUrl, template), { poolSize: 1, applicationName: 'jeugdregie-test-template' });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  globalThis.__JR_TEST__ = { embedded, adminUrl, template, runId };
  process.env.JR_TEST_ADMIN_URL = adminUrl;
  process.env.JR_TEST_TEMPLATE = template;
  process.env.JR_TEST_RUN = runId;
  if (process.env.JR_TEST_VERBOSE) {
    const where = embedded ? `embedded PostgreSQL on port ${embedded.port} (initdb ${embedded.timings.initialiseMs} ms, start ${embedded.timings.startMs} ms)` : 'DATABASE_URL';
    console.log(`\ntest database: ${where}, template ${template} migrated; setup ${Math.round(performance.now() - t0)} ms`);
  }
}

/** Clusters of earlier runs whose jest process is gone (crash, kill -9): stop their postgres, delete them. */
async function removeStaleClusters(): Promise<void> {
  if (!fs.existsSync(TEST_PG_ROOT)) return;
  for (const entry of fs.readdirSync(TEST_PG_ROOT)) {
    const m = /^run-(\d+)$/.exec(entry);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid !== process.pid && isAlive(pid)) continue;
    const dir = path.join(TEST_PG_ROOT, entry);
    await stopOrphan(dir).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Test databases left by runs that started more than STALE_AFTER_MS ago (crashed or killed). */
async function dropStaleDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'jr\\_%'`);
  for (const { datname } of rows) {
    const started = runStartOf(datname);
    if (started !== null && Date.now() - started > STALE_AFTER_MS) {
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`).catch(() => undefined);
    }
  }
}
