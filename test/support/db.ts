/**
 * One fresh, migrated PostgreSQL database per test FILE.
 *
 * globalSetup migrated a template database once for the run; the first call here in a test file
 * clones it (`CREATE DATABASE jr_t_<run>_w<worker>_<n> TEMPLATE jr_tpl_<run>`, a few tens of ms), so
 * files run in parallel and never see each other's rows. Jest gives each test file its own module
 * registry, so the memo below is per file.
 *
 * Usage (the usual way: hooks registered for you):
 *
 *   import { useTestDatabase } from './support/db';
 *   const db = useTestDatabase();
 *   test('...', async () => {
 *     await db.dataSource.getRepository(Region).save({ code: 'ZHZ', name: 'Zuid-Holland Zuid' });
 *     await db.pool.query('SELECT ...');
 *   });
 *
 * Or by hand: `await testDataSource()`, `await testPool()`, and `await closeTestDatabase()` in afterAll
 * (closes the connections and drops the database; globalTeardown drops whatever is left).
 * Rows written by one test stay for the next tests of the same file: use unique keys or clean up.
 */
import 'reflect-metadata';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import { TEST_DB_PREFIX, withDatabase } from './naming';

interface TestDatabase {
  name: string;
  url: string;
  dataSource?: DataSource;
  pool?: pg.Pool;
}

let current: Promise<TestDatabase> | undefined;
let counter = 0;

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (jest.config.js wires test/support/globalSetup.ts)`);
  return value;
}

async function createDatabase(): Promise<TestDatabase> {
  const adminUrl = env('JR_TEST_ADMIN_URL');
  const template = env('JR_TEST_TEMPLATE');
  const worker = process.env.JEST_WORKER_ID ?? '0';
  const name = `${TEST_DB_PREFIX}${env('JR_TEST_RUN')}_w${worker}_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
  } finally {
    await admin.end();
  }
  return { name, url: withDatabase(adminUrl, name) };
}

async function database(): Promise<TestDatabase> {
  current ??= createDatabase();
  return current;
}

/** postgres:// URL of this file's database. */
export async function testDatabaseUrl(): Promise<string> {
  return (await database()).url;
}

/** An initialised TypeORM DataSource (entities + migrations of ormconfig.ts) on this file's database. */
export async function testDataSource(): Promise<DataSource> {
  const db = await database();
  if (!db.dataSource) {
    db.dataSource = createDataSource(db.url, { poolSize: 5, applicationName: 'jeugdregie-test' });
    await db.dataSource.initialize();
  }
  return db.dataSource;
}

/** A pg.Pool on this file's database (for the hand-written SQL of integration/store). */
export async function testPool(): Promise<pg.Pool> {
  const db = await database();
  if (!db.pool) {
    db.pool = new pg.Pool({ connectionString: db.url, max: 5, application_name: 'jeugdregie-test' });
    // A client that is still closing when its database is dropped gets 57P01; without a listener the pool
    // re-emits that as an uncaught error, which jest pins on whatever test runs next.
    db.pool.on('error', (err: Error & { code?: string }) => {
      if (err.code !== '57P01') console.error('test pool: idle client error', err);
    });
  }
  return db.pool;
}

/** Close this file's connections and drop its database. Safe to call twice. */
export async function closeTestDatabase(): Promise<void> {
  if (!current) return;
  const db = await current;
  current = undefined;
  if (db.dataSource?.isInitialized) await db.dataSource.destroy();
  if (db.pool) await db.pool.end();
  const admin = new pg.Client({ connectionString: env('JR_TEST_ADMIN_URL') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db.name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export interface TestDatabaseHandle {
  /** Available from beforeAll on. */
  readonly dataSource: DataSource;
  readonly pool: pg.Pool;
  readonly url: string;
}

/** Registers beforeAll (create + connect) and afterAll (close + drop) for this file. Call at top level. */
export function useTestDatabase(): TestDatabaseHandle {
  let ds: DataSource | undefined;
  let pool: pg.Pool | undefined;
  let url: string | undefined;
  beforeAll(async () => {
    ds = await testDataSource();
    pool = await testPool();
    url = await testDatabaseUrl();
  });
  afterAll(closeTestDatabase);
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestDatabase(): the database is ready only from beforeAll on');
    return value;
  };
  return {
    get dataSource() {
      return need(ds);
    },
    get pool() {
      return need(pool);
    },
    get url() {
      return need(url);
    },
  };
}
