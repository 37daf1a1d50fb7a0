/**
 * Projection "landschap" (issue 6 §5): per municipality × year × segment × provider its turnover and unique clients
 * (mon_landschap), over which the query counts providers, the share with small turnover and few clients, and the top-5
 * share. Refreshed by touched clients (their allocation years) and processed declarations (turnover; read from the geld
 * projection's per-declaration rows, so `geld` precedes this entry in the registry).
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, clientSleutels, declaratieSleutels } from './sleutels.js';
import { LEEG_LANDSCHAP, landschapVanDeclaraties, verwijderLandschap, verwijderZorgJaar, vulLandschap, vulZorgJaar } from './landschap.sql.js';

const SLEUTEL = ['gemeente_code', 'aanbieder_agb', 'segment_id', 'jaar'] as const;

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const sleutels = new SleutelSet<[string, string, string, string]>(4);
  const clienten = clientSleutels(g);
  if (clienten.grootte) {
    const k = clienten.kolommen();
    sleutels.voegRijen(await run(db, verwijderZorgJaar(k)), SLEUTEL);
    sleutels.voegRijen(await run(db, vulZorgJaar(k)), SLEUTEL);
  }
  const declaraties = declaratieSleutels(g);
  if (declaraties.grootte) sleutels.voegRijen(await run(db, landschapVanDeclaraties(declaraties.kolommen())), SLEUTEL);
  if (sleutels.grootte) {
    const k = sleutels.kolommen();
    await run(db, verwijderLandschap(k));
    await run(db, vulLandschap(k));
  }
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_LANDSCHAP);
  await run(db, vulZorgJaar(null));
  await run(db, vulLandschap(null));
}

export const landschap: Projectie = { naam: 'landschap', werkBij, herbouw };
