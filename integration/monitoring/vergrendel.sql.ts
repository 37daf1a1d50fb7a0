/**
 * Refreshes of the same client or cell by concurrent transactions (several processors) must not interleave: each
 * deletes and re-inserts what it read, so the later one could miss the earlier one's rows. A transaction-scoped
 * advisory lock per key (hashed with a prefix naming the table), taken in sorted order so two transactions never wait
 * on each other crosswise, serialises them; the second recomputes after the first committed and sees its rows.
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export function vergrendel(prefix: string, sleutels: readonly string[]): SqlQuery {
  return {
    text: `SELECT count(pg_advisory_xact_lock(s.k)) FROM (SELECT DISTINCT hashtextextended($1 || x, 0) AS k FROM unnest($2::text[]) AS x ORDER BY 1) s`,
    values: [prefix, [...sleutels]],
  };
}
