import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { naGrens2020, teWijzigenMetToewijzing } from './wijziging.js';

/**
 * TR412 (9412): "Indien Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum groter dan 31-12-2020
 * of leeg is, dan leeg laten." Source: regels/technische-regels/berichtoverstijgend/TR412.md (WJ001 9412: Omvang gevuld
 * terwijl Code leeg is) — a category-level allocation is changed by Budget only.
 */
export const TR412: Regel<JW317> = {
  code: 'TR412',
  titel: 'Geen Omvang bij een toewijzing zonder productcode',
  retourcode: '9412',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    for (const { k, t } of await teWijzigenMetToewijzing(ctx.db, bericht)) {
      if (k.waarde.Omvang && !t.product_code && naGrens2020(t.einddatum)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.Omvang`,
          melding: `Omvang is gevuld, maar toewijzing ${t.toewijzing_nummer} heeft geen productcode` });
      }
    }
  },
};
