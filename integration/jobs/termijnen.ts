/**
 * Flag overdue answers and deliveries:
 * - OP090: a retourbericht within 3 working days of receipt — ours (inbound heenberichten not yet
 *   answered) and theirs (our JW301/JW319 without JW302/JW320);
 * - OP090x4: JW325 within 10 working days of a JW323;
 * - OP271 / OP272: start / stop within 5 working days (allocation tables of the care domain).
 * Working days skip weekends and Dutch public holidays. One transaction: the flags and the monitoring queue row naming
 * them (integration/monitoring, deadline compliance; refreshed by the projector) commit together.
 */
import type { Pool } from 'pg';
import { run } from '../store/SqlQuery.js';
import { OP090_TYPEN, OP090X4_TYPEN, signaleerGeenStart, signaleerGeenStop, signaleerOnbeantwoord, signaleerZonderRetour } from '../store/signalering.sql.js';
import { werkdagenTerug } from '../calendar/werkdagen.js';
import { withTransaction } from '../flows/transaction.js';
import { leegGeraakt } from '../monitoring/Projectie.js';
import { werkMonitoringBij } from '../monitoring/projecties.js';

export async function signaleerTermijnen(pool: Pool, vandaag: string): Promise<Record<string, number>> {
  const drie = werkdagenTerug(vandaag, 3);
  const tien = werkdagenTerug(vandaag, 10);
  const vijf = werkdagenTerug(vandaag, 5);
  return withTransaction(pool, async (tx) => {
    const ids = async (q: Parameters<typeof run>[1]) => (await run<{ id: string }>(tx, q)).map((r) => r.id);
    const nieuw: Record<string, string[]> = {
      OP090_in: await ids(signaleerOnbeantwoord(drie, OP090_TYPEN, 'OP090')),
      OP090_uit: await ids(signaleerZonderRetour(drie)),
      OP090x4: await ids(signaleerOnbeantwoord(tien, OP090X4_TYPEN, 'OP090x4')),
      OP271: await ids(signaleerGeenStart(vijf)),
      OP272: await ids(signaleerGeenStop(vijf)),
    };
    await werkMonitoringBij(tx, { ...leegGeraakt(), signaleringen: Object.values(nieuw).flat() });
    return Object.fromEntries(Object.entries(nieuw).map(([k, v]) => [k, v.length]));
  });
}
