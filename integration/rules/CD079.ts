import type { Regel } from './Regel.js';
import { toewijzingProducten } from './toewijzingProducten.js';

/**
 * CD079: "Indien Budget leeg is, dan verplicht vullen"
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD079), on Product of JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct.
 * Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD079: Regel = {
  code: 'CD079',
  titel: 'Product verplicht als Budget leeg is',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW315', 'JW317'],
  check(bericht, ctx) {
    for (const t of toewijzingProducten(bericht)) {
      if (t.heeftProduct && t.budget === undefined && t.product === undefined) {
        ctx.report({ klasse: t.k.klasse, klassePad: t.k.klassePad, pad: `${t.k.klassePad}.Product`, melding: 'Budget is leeg maar Product ontbreekt' });
      }
    }
  },
};
