/**
 * Projection "landschap" (issue 6 §5): per municipality × year × segment × provider its turnover and unique clients
 * (mon_landschap), over which the query counts providers, the share with small turnover and few clients, and the top-5
 * share. Refreshed by touched clients (their allocation years) and processed declarations (turnover; read from the geld
 * projection's per-declaration rows, so `geld` precedes this entry in the registry): at most four statements.
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, clientSleutels, declaratieSleutels } from './sleutels.js';
import { HERBOUW_LANDSCHAP, LEEG_LANDSCHAP, landschapVanDeclaraties, vervangLandschap, vervangZorgJaren } from './landschap.sql.js';
import { vergrendel } from './vergrendel.sql.js';

const SLEUTEL = ['gemeente_code', 'aanbieder_agb', 'segment_id', 'jaar'] as const;

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const clienten = clientSleutels(g);
  const declaraties = declaratieSleutels(g);
  const sleutels = new SleutelSet<[string, string, string, string]>(4);
  if (clienten.grootte) sleutels.voegRijen(await run(db, vervangZorgJaren(clienten.kolommen())), SLEUTEL);
  if (!sleutels.grootte && !declaraties.grootte) return;
  // The declarations' keys are read in SQL; lock them too (the provider × segment × year of each declaration's months).
  if (declaraties.grootte) sleutels.voegRijen(await run(db, landschapVanDeclaraties(declaraties.kolommen())), SLEUTEL);
  await run(db, vergrendel('mon_landschap:', sleutels.teksten()));
  await run(db, vervangLandschap(sleutels.kolommen()));
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_LANDSCHAP);
  for (const q of HERBOUW_LANDSCHAP) await run(db, q);
}

export const landschap: Projectie = { naam: 'landschap', werkBij, herbouw };
