/**
 * Projection "termijnen" (issue 6 §6): deadline compliance per municipality × month × rule × provider × party
 * (mon_termijn). A deadline counts in the month it starts to run and is late once the deadline job flagged it; a month's
 * figures are final when its last deadline has passed (10 working days for OP090x4), until then an unflagged deadline
 * counts as met. Refreshed by every unit that stores a message (its municipality's current month), changes an
 * allocation (its OP271/OP272 deadlines) or flags (the deadline job: the flagged messages' months and allocations):
 * at most two statements.
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, toewijzingSleutels } from './sleutels.js';
import { HERBOUW_TERMIJNEN, LEEG_TERMIJNEN, vervangTermijnMaanden, vervangToewijzingTermijnen } from './termijnnaleving.sql.js';

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const maanden = new SleutelSet<[string, string]>(2);
  const toewijzingen = toewijzingSleutels(g);
  if (toewijzingen.grootte || g.signaleringen.length) {
    maanden.voegRijen(await run(db, vervangToewijzingTermijnen(toewijzingen.kolommen(), g.signaleringen)), ['gemeente_code', 'maand']);
  }
  if (maanden.grootte || g.gemeenten.length || g.signaleringen.length) {
    await run(db, vervangTermijnMaanden(maanden.kolommen(), g.gemeenten, g.signaleringen));
  }
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_TERMIJNEN);
  for (const q of HERBOUW_TERMIJNEN) await run(db, q);
}

export const termijnnaleving: Projectie = { naam: 'termijnen', werkBij, herbouw };
