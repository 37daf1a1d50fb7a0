/** SQL of the monitoring queue (wachtrij.ts; table monitoring_wachtrij, migration WachtrijMonitoring1795570000000). */
import type { SqlQuery } from '../store/SqlQuery.js';
import type { Geraakt } from './Projectie.js';

/** One row per unit of work: what it touched, committed with it. */
export function zetInWachtrij(geraakt: Geraakt): SqlQuery {
  return { text: `INSERT INTO monitoring_wachtrij (geraakt) VALUES ($1::jsonb)`, values: [JSON.stringify(geraakt)] };
}

/**
 * Take (and delete) the oldest `max` rows no other drain holds: SKIP LOCKED lets several projectors drain side by side,
 * each its own rows; a rolled-back drain leaves its rows for the next.
 */
export function neemUitWachtrij(max: number): SqlQuery {
  return {
    text: `DELETE FROM monitoring_wachtrij
            WHERE id IN (SELECT id FROM monitoring_wachtrij ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING geraakt`,
    values: [max],
  };
}
