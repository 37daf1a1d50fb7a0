import type { Regel } from './Regel.js';
import { toewijzingProducten } from './toewijzingProducten.js';

/**
 * CD075: "Verplicht vullen indien Budget gevuld is"
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD075), on Einddatum / ToewijzingEinddatum of JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct.
 * Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD075: Regel = {
  code: 'CD075',
  titel: 'Einddatum verplicht als Budget gevuld is',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW315', 'JW317'],
  check(bericht, ctx) {
    for (const t of toewijzingProducten(bericht)) {
      if (t.budget !== undefined && !t.einddatum) {
        ctx.report({ klasse: t.k.klasse, klassePad: t.k.klassePad, pad: `${t.k.klassePad}.${t.eindVeld}`, melding: 'Budget is gevuld maar de einddatum ontbreekt' });
      }
    }
  },
};
