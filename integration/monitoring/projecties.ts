/**
 * The registry of monitoring projections (issue 6), in refresh order. Each entry is a Projectie (Projectie.ts):
 * `werkBij` runs in the projector's batch for what units of work touched (wachtrij.ts), `herbouw` is the bulk path
 * (integration/nationaal) and the reference the incremental path is tested against (test/monitoring.herbouw.test.ts).
 * Add a projection here and it is refreshed by every hook and covered by that test.
 */
import type { Queryable } from '../rules/Regel.js';
import { isLeeg, metClienten } from './geraakt.js';
import { zetInWachtrij } from './wachtrij.sql.js';
import { run } from '../store/SqlQuery.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { solidariteit } from './solidariteit.js';
import { termijnnaleving } from './termijnnaleving.js';
import { landschap } from './landschap.js';
import { geld } from './geld.js';
import { verwijzingen } from './verwijzingen.js';
import { gebruik } from './gebruik.js';
import { doorlooptijden } from './doorlooptijden.js';

export const PROJECTIES: readonly Projectie[] = [
  verwijzingen,
  gebruik,
  doorlooptijden,
  geld,
  landschap,
  termijnnaleving,
  solidariteit,
];

/** Rebuild every projection from the base tables (after a bulk load, or once after the demo load). */
export async function herbouwAlles(db: Queryable): Promise<void> {
  for (const p of PROJECTIES) await p.herbouw(db);
}

/**
 * The one hook (pipeline.ts, pipelineJW323.ts, uitgaand.ts, jobs/termijnen.ts): record what one unit of work touched
 * as one queue row, in the caller's transaction, so the keys commit with the unit or not at all. The projector
 * (wachtrij.ts) refreshes the projections from the queue within seconds; the unit pays one insert, not the refresh.
 */
export async function werkMonitoringBij(db: Queryable, geraakt: Geraakt): Promise<void> {
  if (isLeeg(geraakt) || PROJECTIES.length === 0) return;
  await run(db, zetInWachtrij(geraakt));
}

/**
 * Bring every projection up to date for `geraakt` in the caller's transaction (the projector's batch, wachtrij.ts).
 * Allocations and requests are resolved to their clients first, so care projections key on (gemeente_code, client_id).
 */
export async function ververs(db: Queryable, geraakt: Geraakt): Promise<void> {
  if (isLeeg(geraakt)) return;
  const g = await metClienten(db, geraakt);
  for (const p of PROJECTIES) await p.werkBij(db, g);
}
