import type { Regel } from './Regel.js';
import { toewijzingProducten } from './toewijzingProducten.js';

/**
 * CD077: "Indien Budget gevuld is, dan leeg laten"
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD077), on Omvang of JW301 ToegewezenProduct, JW315 AangevraagdProduct, JW317 NieuwProduct and TeWijzigenProduct. CD078 (Budget leeg als Omvang gevuld) is the same condition seen from Budget; this rule reports the pair once, as CD077.
 * Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD077: Regel = {
  code: 'CD077',
  titel: 'Omvang leeg als Budget gevuld is',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW315', 'JW317'],
  check(bericht, ctx) {
    for (const t of toewijzingProducten(bericht)) {
      if (t.budget !== undefined && t.omvang !== undefined) {
        ctx.report({ klasse: t.k.klasse, klassePad: t.k.klassePad, pad: `${t.k.klassePad}.Omvang`, melding: 'Budget en Omvang zijn allebei gevuld' });
      }
    }
  },
};
