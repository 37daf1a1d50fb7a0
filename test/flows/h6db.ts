/**
 * Test database for the flow tests: test/support/db.ts (H1a) when it exists, else a fresh database on
 * 127.0.0.1:5432 (or DATABASE_URL) migrated with migrations/index.ts. Dropped in `close()`.
 */
import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations/index';

export interface TestDb {
  url: string;
  pool: pg.Pool;
  close(): Promise<void>;
}

const BASE = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function createTestDb(tag = 'flows', poolSize = 10): Promise<TestDb> {
  const name = `jr_h6_${tag}_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;
  const admin = new pg.Client({ connectionString: BASE });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDb(BASE, name);
  const ds = new DataSource({ type: 'postgres', url, migrations: [...migrations], logging: false });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  return {
    url,
    pool,
    async close() {
      await pool.end();
      const a = new pg.Client({ connectionString: BASE });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
