/**
 * Every instance ticks; a job body runs only in the instance that wins pg_try_advisory_lock for
 * the job's key (session lock on a dedicated connection, released after the body).
 */
import type { Pool } from 'pg';

/** Lock keys: one per job (class 4242 = Jeugdregie jobs). */
export const JOB_KEYS = { pollInbox: 4242_101, sendOutbox: 4242_102, termijnen: 4242_103 } as const;

/** Runs fn if this instance wins the lock; returns undefined when another instance holds it. */
export async function metAdvisoryLock<T>(pool: Pool, key: number, fn: () => Promise<T>): Promise<T | undefined> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key]);
    if (!rows[0]!.ok) return undefined;
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    client.release();
  }
}
