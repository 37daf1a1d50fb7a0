import { contacten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * CD025: "Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen." (JW301 Contact,
 * Adres.Huis)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD025), on Huis of Adres
 * in the Contact class (the client's Contactgegevens and each Relatie's Contact). Retourcode 0001.
 */
export const CD025: Regel<JW301> = {
  code: 'CD025',
  titel: 'Huis verplicht bij LandCode NL',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const c of contacten(bericht)) {
      const a = c.waarde.Adres;
      if (a && String(a.LandCode) === 'NL' && !a.Huis) {
        ctx.report({ klasse: c.klasse, klassePad: c.klassePad, pad: `${c.klassePad}.Adres.Huis`, melding: 'LandCode NL zonder Huis' });
      }
    }
  },
};
