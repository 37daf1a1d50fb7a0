/**
 * Projection "termijnen" (issue 6 §6): deadline compliance per municipality × month × rule × provider × party
 * (mon_termijn). A deadline counts in the month it starts to run and is late once the deadline job flagged it; a month's
 * figures are final when its last deadline has passed (10 working days for OP090x4), until then an unflagged deadline
 * counts as met. Refreshed by every unit that stores a message (its municipality's current month), changes an
 * allocation (its OP271/OP272 deadlines) or flags (the deadline job: the flagged messages' months and allocations).
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, toewijzingSleutels } from './sleutels.js';
import {
  LEEG_TERMIJNEN,
  dezeMaand,
  maandenVanSignaleringen,
  toewijzingenVanSignaleringen,
  verwijderTermijnMaanden,
  verwijderToewijzingTermijnen,
  vulTermijnMaanden,
  vulToewijzingTermijnen,
} from './termijnnaleving.sql.js';

const MAAND = ['gemeente_code', 'maand'] as const;

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const maanden = new SleutelSet<[string, string]>(2);
  const toewijzingen = toewijzingSleutels(g);
  if (g.signaleringen.length) {
    maanden.voegRijen(await run(db, maandenVanSignaleringen(g.signaleringen)), MAAND);
    toewijzingen.voegRijen(await run(db, toewijzingenVanSignaleringen(g.signaleringen)), ['gemeente_code', 'toewijzing_id']);
  }
  if (g.gemeenten.length) maanden.voegRijen(await run(db, dezeMaand(g.gemeenten)), MAAND);
  if (toewijzingen.grootte) {
    const k = toewijzingen.kolommen();
    maanden.voegRijen(await run(db, verwijderToewijzingTermijnen(k)), MAAND);
    maanden.voegRijen(await run(db, vulToewijzingTermijnen(k)), MAAND);
  }
  if (maanden.grootte) {
    const k = maanden.kolommen();
    await run(db, verwijderTermijnMaanden(k));
    await run(db, vulTermijnMaanden(k));
  }
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_TERMIJNEN);
  await run(db, vulToewijzingTermijnen(null));
  await run(db, vulTermijnMaanden(null));
}

export const termijnnaleving: Projectie = { naam: 'termijnen', werkBij, herbouw };
