import { aangevraagdeProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW315 } from './vorm.js';

/**
 * TR383: "ReferentieAanbieder is uniek voor elk AangevraagdProduct binnen het bericht."
 *
 * Source: regels/technische-regels/xslt/TR383.md (lists WMO315). iJw: JW315 AangevraagdProduct.
 */
export const TR383: Regel<JW315> = {
  code: 'TR383',
  titel: 'ReferentieAanbieder uniek per AangevraagdProduct',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW315'],
  check(bericht, ctx) {
    const gezien = new Map<string, string>();
    for (const a of aangevraagdeProducten(bericht)) {
      const ref = a.waarde.ReferentieAanbieder;
      if (!ref) continue;
      const eerder = gezien.get(ref);
      if (eerder === undefined) {
        gezien.set(ref, a.klassePad);
        continue;
      }
      ctx.report({
        klasse: a.klasse,
        klassePad: a.klassePad,
        pad: `${a.klassePad}.ReferentieAanbieder`,
        melding: `ReferentieAanbieder ${ref} komt ook voor bij ${eerder}`,
      });
    }
  },
};
