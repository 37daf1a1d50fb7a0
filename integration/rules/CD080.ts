import { gevuld } from './helpers.js';
import { toegewezenProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import { eindNa2020 } from './toewijzingProducten.js';
import type { JW301 } from './vorm.js';

/**
 * CD080: "Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan 31-12-2020 of
 * leeg is, dan leeg laten" (JW301 ToegewezenProduct.Omvang)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD080). A ToegewezenProduct
 * without Product (a budget allocation) has no Code either. Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD080: Regel<JW301> = {
  code: 'CD080',
  titel: 'Omvang leeg zonder Product.Code (einddatum na 2020)',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const k of toegewezenProducten(bericht)) {
      const t = k.waarde;
      if (t.Omvang !== undefined && !gevuld(t.Product?.Code) && eindNa2020(t.Einddatum)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.Omvang`, melding: 'Omvang gevuld zonder Product.Code (Einddatum na 31-12-2020 of leeg)' });
      }
    }
  },
};
