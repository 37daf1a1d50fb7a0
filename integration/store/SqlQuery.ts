import type { Queryable } from '../rules/Regel.js';

/** A statement as the store functions return it: literal SQL text, values always as $n. */
export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** Run a store statement on a Pool or on a transaction's client; R describes the selected columns. */
export async function run<R extends object = Record<string, unknown>>(db: Queryable, q: SqlQuery): Promise<R[]> {
  const res = await db.query(q.text, q.values);
  return res.rows as unknown as R[];
}

export async function one<R extends object = Record<string, unknown>>(db: Queryable, q: SqlQuery): Promise<R | undefined> {
  return (await run<R>(db, q))[0];
}
