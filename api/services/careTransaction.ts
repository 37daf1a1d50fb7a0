import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../../integration/rules/Regel';
import { fromPostgres } from '../errors';

/**
 * The care services (integration/zorg) speak plain pg (`{ rows, rowCount }`), so they get the pg client under a
 * TypeORM QueryRunner of the same pool. `inCareTransaction`: one transaction per mutation — any throw rolls back
 * everything (allocation, history, JW301, outbox), and PostgreSQL errors become typed JeugdregieErrors.
 */
export async function withCareClient<T>(ds: DataSource, work: (db: Queryable & pg.ClientBase) => Promise<T>): Promise<T> {
  const qr = ds.createQueryRunner();
  try {
    const client = (await qr.connect()) as pg.PoolClient;
    return await work(client);
  } finally {
    await qr.release();
  }
}

export async function inCareTransaction<T>(ds: DataSource, work: (db: Queryable) => Promise<T>): Promise<T> {
  try {
    return await withCareClient(ds, async (client) => {
      await client.query('BEGIN');
      try {
        const r = await work(client);
        await client.query('COMMIT');
        return r;
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    });
  } catch (err) {
    throw fromPostgres(err, 'input') ?? err;
  }
}

/** Reads (SELECT only) through the DataSource's pool: the trajectory and the message log. */
export function careReader(ds: DataSource): Queryable {
  return {
    async query<R extends Record<string, unknown>>(text: string, values?: unknown[]) {
      const rows = (await ds.query(text, values)) as R[];
      return { rows, rowCount: rows.length };
    },
  };
}
