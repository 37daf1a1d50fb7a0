/**
 * Projection "geld" (issue 6 §3): declared and approved spend and the committed cost of undeclared allocations per
 * municipality × segment × month (mon_geld_maand), against which the GraphQL query sets the budget and the forecast
 * (prognose.ts). Refreshed by a processed declaration (its prestaties; its allocations stop being "undeclared") and by
 * a changed allocation (its committed months): at most four statements per unit of work (vervang.sql.ts).
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, declaratieSleutels, toewijzingSleutels } from './sleutels.js';
import { vergrendel } from './vergrendel.sql.js';
import { HERBOUW_GELD, LEEG_GELD, vervangDeclaraties, vervangMaanden, vervangVerplichtingen } from './geld.sql.js';

const MAAND = ['gemeente_code', 'segment_id', 'maand'] as const;

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const declaraties = declaratieSleutels(g);
  const toewijzingen = toewijzingSleutels(g);
  if (!declaraties.grootte && !toewijzingen.grootte) return;
  const maanden = new SleutelSet<[string, string, string]>(3);
  if (declaraties.grootte) maanden.voegRijen(await run(db, vervangDeclaraties(declaraties.kolommen())), MAAND);
  maanden.voegRijen(await run(db, vervangVerplichtingen(toewijzingen.kolommen(), declaraties.kolommen())), MAAND);
  if (maanden.grootte) {
    await run(db, vergrendel('mon_geld_maand:', maanden.teksten()));
    await run(db, vervangMaanden(maanden.kolommen()));
  }
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_GELD);
  for (const q of HERBOUW_GELD) await run(db, q);
}

export const geld: Projectie = { naam: 'geld', werkBij, herbouw };
