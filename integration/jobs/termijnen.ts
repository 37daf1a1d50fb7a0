/**
 * Flag overdue answers and deliveries:
 * - OP090: a retourbericht within 3 working days of receipt — ours (inbound heenberichten not yet
 *   answered) and theirs (our JW301/JW319 without JW302/JW320);
 * - OP090x4: JW325 within 10 working days of a JW323;
 * - OP271 / OP272: start / stop within 5 working days (allocation tables of the care domain).
 * Working days skip weekends and Dutch public holidays.
 */
import type { Pool } from 'pg';
import { run } from '../store/SqlQuery.js';
import { signaleerGeenStart, signaleerGeenStop, signaleerOnbeantwoord, signaleerZonderRetour } from '../store/signalering.sql.js';
import { werkdagenTerug } from '../calendar/werkdagen.js';

export async function signaleerTermijnen(pool: Pool, vandaag: string): Promise<Record<string, number>> {
  const drie = werkdagenTerug(vandaag, 3);
  const tien = werkdagenTerug(vandaag, 10);
  const vijf = werkdagenTerug(vandaag, 5);
  const out: Record<string, number> = {};
  out.OP090_in = (await run(pool, signaleerOnbeantwoord(drie, ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319'], 'OP090'))).length;
  out.OP090_uit = (await run(pool, signaleerZonderRetour(drie))).length;
  out.OP090x4 = (await run(pool, signaleerOnbeantwoord(tien, ['JW323'], 'OP090x4'))).length;
  out.OP271 = (await run(pool, signaleerGeenStart(vijf))).length;
  out.OP272 = (await run(pool, signaleerGeenStop(vijf))).length;
  return out;
}
