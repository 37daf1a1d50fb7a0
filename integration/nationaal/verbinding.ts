/** The generator works on one connection: a PoolClient as given, or one borrowed from a Pool for the load. */
import type pg from 'pg';

export type Database = pg.Pool | pg.PoolClient;

export async function metClient<T>(db: Database, werk: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  if (isClient(db)) return werk(db);
  const client = await db.connect();
  try {
    return await werk(client);
  } finally {
    client.release();
  }
}

function isClient(db: Database): db is pg.PoolClient {
  return typeof (db as pg.PoolClient).release === 'function';
}

/** One transaction per table group: a failed group leaves nothing of itself behind. */
export async function inTransactie<T>(client: pg.PoolClient, werk: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const uitkomst = await werk();
    await client.query('COMMIT');
    return uitkomst;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
