import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { teWijzigenMetToewijzing } from './wijziging.js';

/**
 * TR411 (9411): "Indien Code in Product bij de toewijzing met ToewijzingNummer gevuld is, dan Omvang verplicht vullen."
 * Source: regels/technische-regels/berichtoverstijgend/TR411.md (WJ001 9411: Omvang leeg terwijl Code gevuld is).
 */
export const TR411: Regel<JW317> = {
  code: 'TR411',
  titel: 'Omvang verplicht bij een toewijzing met productcode',
  retourcode: '9411',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    for (const { k, t } of await teWijzigenMetToewijzing(ctx.db, bericht)) {
      if (!k.waarde.Omvang && t.product_code) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.Omvang`,
          melding: `Omvang ontbreekt, maar toewijzing ${t.toewijzing_nummer} heeft productcode ${t.product_code}` });
      }
    }
  },
};
