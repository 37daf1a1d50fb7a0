import { aangevraagdeProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import { frequentieOngeldig } from './toewijzingProducten.js';
import type { JW315 } from './vorm.js';

/**
 * CS343: "Indien eenheid de waarde 14, 16, 83 of 84 heeft en ToewijzingEinddatum is groter dan 31-12-2020 of
 * leeg, dan Frequentie vullen met waarde 2, 4 of 6"
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CS343), on Omvang of JW315
 * AangevraagdProduct: CS338's constraint for the request. Retourcode 0001 (in-message constraint, IV028 level 2).
 */
export const CS343: Regel<JW315> = {
  code: 'CS343',
  titel: 'Frequentie 2, 4 of 6 bij Eenheid 14, 16, 83 of 84 (ToewijzingEinddatum na 2020)',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW315'],
  check(bericht, ctx) {
    for (const k of aangevraagdeProducten(bericht)) {
      const { Omvang: omvang, ToewijzingEinddatum: einddatum } = k.waarde;
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
