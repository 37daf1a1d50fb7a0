import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { naGrens2020, teWijzigenMetToewijzing } from './wijziging.js';

/**
 * TR375 (9375): "Indien Product in de toewijzing met ToewijzingNummer leeg is en Einddatum groter dan 31-12-2020 of leeg is,
 * dan leeg laten." Source: regels/technische-regels/berichtoverstijgend/TR375.md; WJ001 9375: the Omvang of the
 * TeWijzigenProduct stays empty for an allocation without Product (taakgericht).
 */
export const TR375: Regel<JW317> = {
  code: 'TR375',
  titel: 'Geen Omvang bij een toewijzing zonder Product',
  retourcode: '9375',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    for (const { k, t } of await teWijzigenMetToewijzing(ctx.db, bericht)) {
      if (k.waarde.Omvang && !t.product_categorie && naGrens2020(t.einddatum)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.Omvang`,
          melding: `Omvang is gevuld, maar toewijzing ${t.toewijzing_nummer} heeft geen Product` });
      }
    }
  },
};
