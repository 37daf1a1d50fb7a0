/**
 * Projection "geld" (issue 6 §3): declared and approved spend and the committed cost of undeclared allocations per
 * municipality × segment × month (mon_geld_maand), against which the GraphQL query sets the budget and the forecast
 * (prognose.ts). Refreshed by a processed declaration (its prestaties; its allocations stop being "undeclared") and by
 * a changed allocation (its committed months).
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, declaratieSleutels, toewijzingSleutels } from './sleutels.js';
import {
  LEEG_GELD,
  toewijzingenVanDeclaraties,
  verwijderDeclaraties,
  verwijderMaanden,
  verwijderVerplichtingen,
  vulDeclaraties,
  vulMaanden,
  vulVerplichtingen,
} from './geld.sql.js';

const MAAND = ['gemeente_code', 'segment_id', 'maand'] as const;

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const declaraties = declaratieSleutels(g);
  const toewijzingen = toewijzingSleutels(g);
  const maanden = new SleutelSet<[string, string, string]>(3);
  if (declaraties.grootte) {
    const k = declaraties.kolommen();
    toewijzingen.voegRijen(await run(db, toewijzingenVanDeclaraties(k)), ['gemeente_code', 'toewijzing_id']);
    maanden.voegRijen(await run(db, verwijderDeclaraties(k)), MAAND);
    maanden.voegRijen(await run(db, vulDeclaraties(k)), MAAND);
  }
  if (toewijzingen.grootte) {
    const k = toewijzingen.kolommen();
    maanden.voegRijen(await run(db, verwijderVerplichtingen(k)), MAAND);
    maanden.voegRijen(await run(db, vulVerplichtingen(k)), MAAND);
  }
  if (maanden.grootte) {
    const k = maanden.kolommen();
    await run(db, verwijderMaanden(k));
    await run(db, vulMaanden(k));
  }
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_GELD);
  await run(db, vulDeclaraties(null));
  await run(db, vulVerplichtingen(null));
  await run(db, vulMaanden(null));
}

export const geld: Projectie = { naam: 'geld', werkBij, herbouw };
