/**
 * Projection "solidariteit" (issue 6 §7): youths in care per municipality × year (mon_jeugdigen_jaar), the default
 * distribution key of the heavy segments' costs; those costs come from the geld projection (mon_geld_maand), and the
 * settlement is computed at query time (verrekening.ts). Refreshed per touched client.
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, clientSleutels } from './sleutels.js';
import { LEEG_SOLIDARITEIT, verwijderJeugdigeJaren, verwijderJeugdigenJaren, vulJeugdigeJaren, vulJeugdigenJaren } from './solidariteit.sql.js';

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const clienten = clientSleutels(g);
  if (!clienten.grootte) return;
  const k = clienten.kolommen();
  const jaren = new SleutelSet<[string, string]>(2);
  jaren.voegRijen(await run(db, verwijderJeugdigeJaren(k)), ['gemeente_code', 'jaar']);
  jaren.voegRijen(await run(db, vulJeugdigeJaren(k)), ['gemeente_code', 'jaar']);
  if (jaren.grootte) {
    await run(db, verwijderJeugdigenJaren(jaren.kolommen()));
    await run(db, vulJeugdigenJaren(jaren.kolommen()));
  }
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_SOLIDARITEIT);
  await run(db, vulJeugdigeJaren(null));
  await run(db, vulJeugdigenJaren(null));
}

export const solidariteit: Projectie = { naam: 'solidariteit', werkBij, herbouw };
