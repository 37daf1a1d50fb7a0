import { nieuweProducten, teWijzigenProducten, toegewezenProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import { frequentieOngeldig } from './toewijzingProducten.js';
import type { JW301, JW317 } from './vorm.js';

/**
 * CS338: "Indien eenheid de waarde 14, 16, 83 of 84 heeft en Einddatum groter dan 31-12-2020 of leeg is,
 * dan Frequentie vullen met de waarde 2 , 4 of 6"
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CS338), on Omvang of JW301
 * ToegewezenProduct and JW317 NieuwProduct and TeWijzigenProduct. The XSD allows Frequentie 1 (per dag) for
 * every unit. (JW315 AangevraagdProduct: CS343.) Retourcode 0001 (in-message constraint, IV028 level 2).
 */
export const CS338: Regel<JW301 | JW317> = {
  code: 'CS338',
  titel: 'Frequentie 2, 4 of 6 bij Eenheid 14, 16, 83 of 84 (einddatum na 2020)',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW317'],
  check(bericht, ctx) {
    const b = bericht as JW301 & JW317;
    for (const k of [...toegewezenProducten(b), ...nieuweProducten(b), ...teWijzigenProducten(b)]) {
      const { Omvang: omvang, Einddatum: einddatum } = k.waarde;
      if (frequentieOngeldig(omvang, einddatum)) {
        ctx.report({
          klasse: k.klasse,
          klassePad: k.klassePad,
          pad: `${k.klassePad}.Omvang.Frequentie`,
          melding: `Frequentie ${omvang?.Frequentie} bij Eenheid ${omvang?.Eenheid} (toegestaan: 2, 4, 6)`,
        });
      }
    }
  },
};
