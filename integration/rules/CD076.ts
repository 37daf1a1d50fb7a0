import type { Regel } from './Regel.js';
import { toewijzingProducten } from './toewijzingProducten.js';

/**
 * CD076: "Verplicht vullen indien Frequentie waarde 2 (per week)"
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD076), on Einddatum / ToewijzingEinddatum of JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct.
 * Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD076: Regel = {
  code: 'CD076',
  titel: 'Einddatum verplicht bij Frequentie per week',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW315', 'JW317'],
  check(bericht, ctx) {
    for (const t of toewijzingProducten(bericht)) {
      if (t.omvang?.Frequentie === '2' && !t.einddatum) {
        ctx.report({ klasse: t.k.klasse, klassePad: t.k.klassePad, pad: `${t.k.klassePad}.${t.eindVeld}`, melding: 'Frequentie is 2 (per week) maar de einddatum ontbreekt' });
      }
    }
  },
};
