import { one } from '../../store/SqlQuery.js';
import { toegewezenProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW301 } from '../vorm.js';
import { nummer } from './verzoeken.js';

const VERWIJDERD = '13';

/**
 * TR385 (9385): "Indien de toewijzing goedgekeurde (niet gecrediteerde) prestatiesregels met gelijk ToewijzingNummer heeft,
 * is het niet toegestaan deze toewijzing te verwijderen met RedenWijziging waarde 13 (verwijderd)."
 * Source: regels/technische-regels/berichtoverstijgend/TR385.md. Approved and not credited: a debet prestatie with
 * toegekend and no gecrediteerd_door (migration Declaraties, index prestatie_debet_open_idx). Our own output: checked
 * before the JW301 is sent, so withdrawToewijzing(13) fails with IJW_RULE_VIOLATION.
 */
export const TR385: Regel<JW301> = {
  code: 'TR385',
  titel: 'Geen verwijdering (13) van een toewijzing met goedgekeurde declaratieregels',
  retourcode: '9385',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW301'],
  async check(bericht, ctx) {
    const gemeente = bericht.Header?.Afzender;
    if (!ctx.db || !gemeente) return;
    for (const k of toegewezenProducten(bericht)) {
      const n = nummer(k.waarde.ToewijzingNummer);
      if (n === null || k.waarde.RedenWijziging !== VERWIJDERD) continue;
      const p = await one<{ n: number }>(ctx.db, {
        text: `SELECT count(*)::int AS n FROM prestatie
               WHERE gemeente_code = $1 AND toewijzing_nummer = $2 AND debet_credit = 'D' AND toegekend AND gecrediteerd_door IS NULL`,
        values: [gemeente, n],
      });
      if (p && p.n > 0) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.RedenWijziging`,
          melding: `toewijzing ${n} heeft ${p.n} goedgekeurde, niet gecrediteerde declaratieregel(s) en kan niet verwijderd worden (13)` });
      }
    }
  },
};
