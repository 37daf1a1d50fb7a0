/**
 * A fresh, migrated database for a benchmark run on DATABASE_URL's server (default 127.0.0.1:5432),
 * dropped by close(). The tests use test/support/db.ts (jest globalSetup); a benchmark runs outside jest.
 */
import 'reflect-metadata';
import pg from 'pg';
import { migrate } from '../api/boot/migrate.js';
import { createDataSource } from '../ormconfig.js';

const BASE = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDb {
  url: string;
  pool: pg.Pool;
  /** Drops the database (unless `keep`: then it only closes the pool and the database stays for `--database-url`). */
  close(keep?: boolean): Promise<void>;
}

export async function benchDatabase(poolSize = 10): Promise<BenchDb> {
  const name = `jr_bench_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: BASE });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  const u = new URL(BASE);
  u.pathname = `/${name}`;
  const url = u.toString();
  const ds = createDataSource(url, { poolSize: 1 });
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  return {
    url,
    pool,
    async close(keep = false) {
      await pool.end();
      if (keep) return;
      await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    },
  };
}
