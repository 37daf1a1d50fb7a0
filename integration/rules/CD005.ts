import { gevuld } from './helpers.js';
import { contacten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * CD005: "Als Postcode gevuld is, dan verplicht vullen, anders leeg laten." (JW301 Contact, Adres.LandCode)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD005), on the LandCode of
 * Adres in the Contact class (the client's Contactgegevens and each Relatie's Contact). Checked where an
 * Adres is present. Retourcode 0001 (in-message condition, IV028 level 2).
 */
export const CD005: Regel<JW301> = {
  code: 'CD005',
  titel: 'LandCode gevuld als en alleen als Postcode gevuld is',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const c of contacten(bericht)) {
      const a = c.waarde.Adres;
      if (!a) continue;
      const postcode = gevuld(a.Postcode);
      if (postcode !== gevuld(a.LandCode)) {
        ctx.report({
          klasse: c.klasse,
          klassePad: c.klassePad,
          pad: `${c.klassePad}.Adres.LandCode`,
          melding: postcode ? 'Postcode gevuld zonder LandCode' : `LandCode ${a.LandCode} gevuld zonder Postcode`,
        });
      }
    }
  },
};
