import { run } from '../../store/SqlQuery.js';
import { findVerzoekenByReferentie } from '../../zorg/verzoek.sql.js';
import { aangevraagdeProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW315, JW317 } from '../vorm.js';

/**
 * TR347 (9347): "ReferentieAanbieder is uniek voor de aanbieder binnen het wettelijk domein."
 * Source: regels/technische-regels/berichtoverstijgend/TR347.md. Checked against every request this provider sent to any
 * municipality of the platform (verzoek_referentie_idx); a JW315 carries one per AangevraagdProduct, a JW317 one per Verzoek.
 */
export const TR347: Regel<JW315 | JW317> = {
  code: 'TR347',
  titel: 'ReferentieAanbieder uniek voor de aanbieder',
  retourcode: '9347',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW315', 'JW317'],
  async check(bericht, ctx) {
    const agb = bericht.Header?.Afzender;
    if (!ctx.db || !agb) return;
    const items = 'Verzoek' in (bericht.Client ?? {})
      ? [{ ref: (bericht as JW317).Client?.Verzoek?.ReferentieAanbieder, klasse: 'Verzoek', klassePad: 'Client.Verzoek' }]
      : aangevraagdeProducten(bericht as JW315).map((a) => ({ ref: a.waarde.ReferentieAanbieder, klasse: a.klasse, klassePad: a.klassePad }));
    for (const i of items) {
      if (!i.ref) continue;
      if ((await run(ctx.db, findVerzoekenByReferentie(agb, i.ref))).length) {
        ctx.report({ klasse: i.klasse, klassePad: i.klassePad, pad: `${i.klassePad}.ReferentieAanbieder`, melding: `ReferentieAanbieder ${i.ref} is al gebruikt` });
      }
    }
  },
};
