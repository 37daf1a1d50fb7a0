import { gevuld } from './helpers.js';
import { nieuweProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import { eindNa2020 } from './toewijzingProducten.js';
import type { JW317 } from './vorm.js';

/**
 * CD096: "Indien Code in NieuwProduct leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan leeg
 * laten" (JW317 NieuwProduct.Omvang)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD096). "Code in
 * NieuwProduct" is NieuwProduct.Product.Code; no Product means no Code. Retourcode 0001 (in-message
 * condition, IV028 level 2).
 */
export const CD096: Regel<JW317> = {
  code: 'CD096',
  titel: 'Omvang leeg zonder Product.Code (Einddatum na 2020)',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW317'],
  check(bericht, ctx) {
    for (const k of nieuweProducten(bericht)) {
      const n = k.waarde;
      if (n.Omvang !== undefined && !gevuld(n.Product?.Code) && eindNa2020(n.Einddatum)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.Omvang`, melding: 'Omvang gevuld zonder Product.Code (Einddatum na 31-12-2020 of leeg)' });
      }
    }
  },
};
