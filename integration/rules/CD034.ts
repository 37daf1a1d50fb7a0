import { gevuld } from './helpers.js';
import { contacten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * CD034: "Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen."
 * (JW301 Contact, Adres.Postcode)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD034), on Postcode of
 * Adres in the Contact class; the codes are 01 and 03 of LDT_AdresSoort. The condition belongs to the Adres
 * element (CDT_Adres, optional in Contact): it is checked where an Adres is present; a Contact without Adres
 * is TR006's and TR061's concern. Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD034: Regel<JW301> = {
  code: 'CD034',
  titel: 'Postcode verplicht bij BRP-adres of verblijfadres',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const c of contacten(bericht)) {
      const soort = String(c.waarde.Soort);
      const a = c.waarde.Adres;
      if (a && (soort === '01' || soort === '03') && !gevuld(a.Postcode)) {
        ctx.report({ klasse: c.klasse, klassePad: c.klassePad, pad: `${c.klassePad}.Adres.Postcode`, melding: `Adres van Soort ${soort} zonder Postcode` });
      }
    }
  },
};
