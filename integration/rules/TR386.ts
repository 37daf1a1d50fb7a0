import { aangevraagdeProducten } from './klassen.js';
import { meldOverlap } from './overlap.js';
import type { Regel } from './Regel.js';
import type { JW315 } from './vorm.js';

/**
 * TR386: "Een Product mag alleen vaker in een verzoek om toewijzing voorkomen indien de zorgperiodes elkaar
 * niet overlappen." Toelichting: "Indien de productcode niet is meegegeven dan geldt deze technische regel
 * op niveau van productcategorie. Indien productcategorie leeg is, dan mag het verzoek met geen enkel ander
 * toegewezen product overlappen."
 *
 * Source: regels/technische-regels/xslt/TR386.md (lists WMO315). iJw: JW315 AangevraagdProduct
 * (ToewijzingIngangsdatum–ToewijzingEinddatum).
 */
export const TR386: Regel<JW315> = {
  code: 'TR386',
  titel: 'Geen overlappende zorgperiodes voor hetzelfde product in een verzoek om toewijzing',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW315'],
  check(bericht, ctx) {
    const perioden = aangevraagdeProducten(bericht).map(({ waarde: a, klasse, klassePad }) => ({
      klasse,
      klassePad,
      product: a.Product,
      begin: a.ToewijzingIngangsdatum,
      eind: a.ToewijzingEinddatum,
    }));
    meldOverlap(perioden, ctx, 'ToewijzingIngangsdatum');
  },
};
