/**
 * Projection "solidariteit" (issue 6 §7): youths in care per municipality × year (mon_jeugdigen_jaar), the default
 * distribution key of the heavy segments' costs; those costs come from the geld projection (mon_geld_maand), and the
 * settlement is computed at query time (verrekening.ts). Refreshed per touched client: at most three statements.
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, clientSleutels } from './sleutels.js';
import { vergrendel } from './vergrendel.sql.js';
import { HERBOUW_SOLIDARITEIT, LEEG_SOLIDARITEIT, vervangJeugdigeJaren, vervangJeugdigenJaren } from './solidariteit.sql.js';

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const clienten = clientSleutels(g);
  if (!clienten.grootte) return;
  const jaren = new SleutelSet<[string, string]>(2).voegRijen(await run(db, vervangJeugdigeJaren(clienten.kolommen())), ['gemeente_code', 'jaar']);
  if (jaren.grootte) {
    await run(db, vergrendel('mon_jeugdigen_jaar:', jaren.teksten()));
    await run(db, vervangJeugdigenJaren(jaren.kolommen()));
  }
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_SOLIDARITEIT);
  for (const q of HERBOUW_SOLIDARITEIT) await run(db, q);
}

export const solidariteit: Projectie = { naam: 'solidariteit', werkBij, herbouw };
