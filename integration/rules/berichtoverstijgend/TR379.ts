import { run } from '../../store/SqlQuery.js';
import { findVerzoekenByReferentie } from '../../zorg/verzoek.sql.js';
import { toegewezenProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW301 } from '../vorm.js';

/**
 * TR379 (9379): "Indien ToegewezenProduct wordt verstuurd ter honorering van een VOT of VOW, dient ReferentieAanbieder te
 * worden gevuld met ReferentieAanbieder uit die VOT of VOW, anders leeglaten."
 * Source: regels/technische-regels/berichtoverstijgend/TR379.md. A filled ReferentieAanbieder must be that of a request of
 * this provider to this municipality that was not rejected (own output, checked before sending; the service fills it only
 * on the first JW301 after honouring, IV093/IV097).
 */
export const TR379: Regel<JW301> = {
  code: 'TR379',
  titel: 'ReferentieAanbieder alleen bij honorering van een verzoek',
  retourcode: '9379',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW301'],
  async check(bericht, ctx) {
    const gemeente = bericht.Header?.Afzender;
    const agb = bericht.Header?.Ontvanger;
    if (!ctx.db || !gemeente || !agb) return;
    for (const k of toegewezenProducten(bericht)) {
      const ref = k.waarde.ReferentieAanbieder;
      if (!ref) continue;
      const v = (await run<{ gemeente_code: string; status: string }>(ctx.db, findVerzoekenByReferentie(agb, ref)))
        .filter((x) => x.gemeente_code === gemeente && x.status !== 'afgewezen');
      if (!v.length) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.ReferentieAanbieder`, melding: `ReferentieAanbieder ${ref} verwijst niet naar een verzoek van deze aanbieder` });
      }
    }
  },
};
