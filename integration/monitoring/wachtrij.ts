/**
 * The projector: refreshes the monitoring projections in batches from the queue the units of work fill
 * (werkMonitoringBij in projecties.ts records what a message, decision or deadline run touched, in its own
 * transaction). A refresh recomputes the touched keys from the base tables as they are now, so neither the order of
 * the rows nor how they are batched changes the result: a batch equals refreshing each row in turn, and equals
 * herbouwAlles (test/monitoring.wachtrij.test.ts). Runs in the scheduler (jobs/scheduler.ts), after each idle poll of a
 * processor (flows/processor.ts) and at the end of each in-process pump (simulator/inProcess.ts).
 */
import type { Pool } from 'pg';
import { withTransaction } from '../flows/transaction.js';
import { run } from '../store/SqlQuery.js';
import { voegSamen } from './geraakt.js';
import type { Geraakt } from './Projectie.js';
import { ververs } from './projecties.js';
import { neemUitWachtrij } from './wachtrij.sql.js';

export interface WachtrijOpties {
  /** Queue rows per transaction (default 1000). */
  max?: number;
}

/**
 * One batch in one transaction: take up to `max` rows, refresh the union of their keys, commit (or roll back, leaving
 * the rows queued). Returns how many rows it took. Concurrent drains take disjoint rows (SKIP LOCKED); the
 * projections' advisory locks (vergrendel.sql.ts) serialise their refreshes of the same keys.
 */
export async function verwerkMonitoringWachtrij(pool: Pool, opts: WachtrijOpties = {}): Promise<number> {
  return withTransaction(pool, async (tx) => {
    const rijen = await run<{ geraakt: Geraakt }>(tx, neemUitWachtrij(opts.max ?? 1000));
    if (rijen.length) await ververs(tx, voegSamen(rijen.map((r) => r.geraakt)));
    return rijen.length;
  });
}

/** Drain batch after batch while a batch comes back full (a partial one means the queue was empty); the rows taken. */
export async function leegMonitoringWachtrij(pool: Pool, opts: WachtrijOpties = {}): Promise<number> {
  const max = opts.max ?? 1000;
  let totaal = 0;
  for (;;) {
    const n = await verwerkMonitoringWachtrij(pool, { max });
    totaal += n;
    if (n < max) return totaal;
  }
}
