/** The current stops of the start a StopProduct refers to, minus the ones this message removes itself (TR413-TR415). */
import { run } from '../../store/SqlQuery.js';
import { findActueleStops, type StopRij } from '../../zorg/levering.sql.js';
import type { Queryable } from '../Regel.js';
import type { StopSleutel } from '../../zorg/levering.sql.js';
import { zelfdeStart } from './levering.js';

export async function eerdereStops(db: Queryable, k: StopSleutel, verwijderd: readonly StopSleutel[]): Promise<StopRij[]> {
  const rows = await run<StopRij & Record<string, unknown>>(db, findActueleStops(k));
  return rows.filter((r) => !verwijderd.some((v) => zelfdeStart(v, k) && v.redenBeeindiging === r.reden_beeindiging && v.einddatum === r.einddatum));
}
