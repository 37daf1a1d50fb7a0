/**
 * The incremental-equals-recomputation check of issue 6, shared by the monitoring tests: every row of every table
 * named mon_* (the projections' naming convention, ARCHITECTURE.md "Monitoring") as sorted text, before and after
 * herbouwAlles.
 */
import type pg from 'pg';
import { withTransaction } from '../integration/flows/transaction';
import { herbouwAlles } from '../integration/monitoring/projecties';
import { leegMonitoringWachtrij } from '../integration/monitoring/wachtrij';

export async function monitoringTabellen(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'mon\\_%' ORDER BY 1`);
  return rows.map((r) => r.t);
}

/** Every row of every monitoring table, as sorted text (row order is not part of a projection). */
export async function momentopname(pool: pg.Pool): Promise<Record<string, string[]>> {
  const uit: Record<string, string[]> = {};
  for (const t of await monitoringTabellen(pool)) {
    const { rows } = await pool.query<{ r: string }>(`SELECT x::text AS r FROM ${t} x`);
    uit[t] = rows.map((r) => r.r).sort();
  }
  return uit;
}

/** The tables as the hooks and the projector left them and as herbouwAlles recomputes them from the base tables. */
export async function incrementeelEnHerbouwd(pool: pg.Pool): Promise<{ incrementeel: Record<string, string[]>; herbouwd: Record<string, string[]> }> {
  await leegMonitoringWachtrij(pool);
  const incrementeel = await momentopname(pool);
  await withTransaction(pool, (tx) => herbouwAlles(tx));
  return { incrementeel, herbouwd: await momentopname(pool) };
}
