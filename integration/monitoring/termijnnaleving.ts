/**
 * Projection "termijnen" (issue 6 §6): deadline compliance per municipality × month × rule × provider × party
 * (mon_termijn). A deadline counts in the month it starts to run and is late once the deadline job flagged it; a month's
 * figures are final when its last deadline has passed (10 working days for OP090x4), until then an unflagged deadline
 * counts as met. Items: one per message with a deadline (mon_termijn_bericht) and per allocation deadline
 * (mon_termijn_toewijzing). Refreshed by every unit that stores a message (Geraakt.berichten), changes an allocation
 * (its OP271/OP272 deadlines) or flags (the deadline job: the flagged messages and allocations): at most four
 * statements, each touching one municipality × month × provider's rows.
 */
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { SleutelSet, toewijzingSleutels } from './sleutels.js';
import { vergrendel } from './vergrendel.sql.js';
import { HERBOUW_TERMIJNEN, LEEG_TERMIJNEN, vervangBerichtTermijnen, vervangTermijnen, vervangToewijzingTermijnen } from './termijnnaleving.sql.js';

const CEL = ['gemeente_code', 'maand', 'aanbieder_agb'] as const;

async function werkBij(db: Queryable, g: Geraakt): Promise<void> {
  const cellen = new SleutelSet<[string, string, string]>(3);
  const toewijzingen = toewijzingSleutels(g);
  const berichten = g.berichten ?? [];
  if (toewijzingen.grootte || g.signaleringen.length) {
    cellen.voegRijen(await run(db, vervangToewijzingTermijnen(toewijzingen.kolommen(), g.signaleringen)), CEL);
  }
  if (berichten.length || g.signaleringen.length) cellen.voegRijen(await run(db, vervangBerichtTermijnen(berichten, g.signaleringen)), CEL);
  if (cellen.grootte) {
    await run(db, vergrendel('mon_termijn:', cellen.teksten()));
    await run(db, vervangTermijnen(cellen.kolommen()));
  }
}

async function herbouw(db: Queryable): Promise<void> {
  await db.query(LEEG_TERMIJNEN);
  for (const q of HERBOUW_TERMIJNEN) await run(db, q);
}

export const termijnnaleving: Projectie = { naam: 'termijnen', werkBij, herbouw };
