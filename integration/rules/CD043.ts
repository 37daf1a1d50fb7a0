import { aangevraagdeProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW315 } from './vorm.js';

/**
 * CD043: "Indien Beschikkingnummer gevuld is, verplicht vullen, anders leeg laten." (JW315
 * AangevraagdProduct.BeschikkingIngangsdatum)
 *
 * Source: Condities_constraints_per_data-element.md (CD043). Retourcode 0001.
 */
export const CD043: Regel<JW315> = {
  code: 'CD043',
  titel: 'BeschikkingIngangsdatum alleen en altijd met BeschikkingNummer',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW315'],
  check(bericht, ctx) {
    for (const k of aangevraagdeProducten(bericht)) {
      const nummer = k.waarde.BeschikkingNummer !== undefined;
      const datum = k.waarde.BeschikkingIngangsdatum !== undefined;
      if (nummer !== datum) {
        ctx.report({
          klasse: k.klasse,
          klassePad: k.klassePad,
          pad: `${k.klassePad}.BeschikkingIngangsdatum`,
          melding: nummer ? 'BeschikkingNummer zonder BeschikkingIngangsdatum' : 'BeschikkingIngangsdatum zonder BeschikkingNummer',
        });
      }
    }
  },
};
