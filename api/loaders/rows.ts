import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** A hand-written statement (`*.sql.ts` returns these). */
export interface Sql {
  text: string;
  values: unknown[];
}

/**
 * Runs a read on the DataSource's pg pool and returns plain rows: no QueryRunner, no entity hydration on the hot read
 * paths. The statement is prepared once per connection (named by a hash of its text, as PostGraphile does), so
 * PostgreSQL parses and plans it once. It is still reported to the DataSource's logger like TypeORM's own statements
 * (logging, and the statement counts of test/graphql.dataloader.test.ts).
 */
export async function rows<R>(ds: DataSource, sql: Sql): Promise<R[]> {
  return (await prepared<R & pg.QueryResultRow>(ds, sql)).rows;
}

/**
 * A single write statement on its own (autocommit) on the pool, prepared like `rows`; its row count. For a write
 * that must commit with others, use a transaction instead.
 */
export async function execute(ds: DataSource, sql: Sql): Promise<number> {
  return (await prepared(ds, sql)).rowCount ?? 0;
}

function prepared<R extends pg.QueryResultRow>(ds: DataSource, sql: Sql): Promise<pg.QueryResult<R>> {
  ds.logger.logQuery(sql.text, sql.values);
  const pool = (ds.driver as PostgresDriver).master as pg.Pool;
  return pool.query<R>({ name: statementName(sql.text), text: sql.text, values: sql.values });
}

const names = new Map<string, string>();
/** A stable name per statement text (a few dozen distinct texts: the read SQL is built from a fixed set of parts). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `jr_${createHash('sha1').update(text).digest('base64url')}`));
  return name;
}
