import { gevuld } from './helpers.js';
import { aangevraagdeProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import { eindNa2020 } from './toewijzingProducten.js';
import type { JW315 } from './vorm.js';

/**
 * CD095: "Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het AangevraagdProduct groter
 * dan 31-12-2020 of leeg is, dan leeg laten" (JW315 AangevraagdProduct.Omvang)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD095). "Code in
 * AangevraagdProduct" is AangevraagdProduct.Product.Code (the only Code in the class); no Product means no
 * Code. Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD095: Regel<JW315> = {
  code: 'CD095',
  titel: 'Omvang leeg zonder Product.Code (ToewijzingEinddatum na 2020)',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW315'],
  check(bericht, ctx) {
    for (const k of aangevraagdeProducten(bericht)) {
      const a = k.waarde;
      if (a.Omvang !== undefined && !gevuld(a.Product?.Code) && eindNa2020(a.ToewijzingEinddatum)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.Omvang`, melding: 'Omvang gevuld zonder Product.Code (ToewijzingEinddatum na 31-12-2020 of leeg)' });
      }
    }
  },
};
