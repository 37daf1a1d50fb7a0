import { gevuld } from './helpers.js';
import { contacten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/** The Dutch postcode format of CS089's Uitleg: [1-9][0-9]{3}[a-zA-Z]{2}, the whole value. */
const NEDERLANDSE_POSTCODE = /^[1-9][0-9]{3}[a-zA-Z]{2}$/;

/**
 * CS089: "Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat van een
 * Nederlandse postcode." Uitleg: "Concreet betekent dit dat de waarde moet voldoen aan de reguliere
 * expressie: [1-9][0-9]{3}[a-zA-Z]{2}."
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CS089), on Postcode of
 * Adres in the Contact class of JW301. LDT_Postcode in the XSD allows any 1–8 characters (foreign postcodes
 * too), so this is not enforced there. A missing Postcode with LandCode NL is CD005's. Retourcode 0001.
 */
export const CS089: Regel<JW301> = {
  code: 'CS089',
  titel: 'Nederlandse postcode bij LandCode NL',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const c of contacten(bericht)) {
      const a = c.waarde.Adres;
      if (a && String(a.LandCode) === 'NL' && gevuld(a.Postcode) && !NEDERLANDSE_POSTCODE.test(String(a.Postcode))) {
        ctx.report({ klasse: c.klasse, klassePad: c.klassePad, pad: `${c.klassePad}.Adres.Postcode`, melding: `Postcode '${a.Postcode}' is geen Nederlandse postcode` });
      }
    }
  },
};
