import type { Regel } from './Regel.js';
import { toewijzingProducten } from './toewijzingProducten.js';

/**
 * CD041: "Indien Code in Product gevuld is, verplicht vullen."
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD041), on Omvang of JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct.
 * Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD041: Regel = {
  code: 'CD041',
  titel: 'Omvang verplicht als Code in Product gevuld is',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW315', 'JW317'],
  check(bericht, ctx) {
    for (const t of toewijzingProducten(bericht)) {
      if (t.heeftProduct && !!t.product?.Code && t.omvang === undefined) {
        ctx.report({ klasse: t.k.klasse, klassePad: t.k.klassePad, pad: `${t.k.klassePad}.Omvang`, melding: 'Product.Code is gevuld maar Omvang ontbreekt' });
      }
    }
  },
};
