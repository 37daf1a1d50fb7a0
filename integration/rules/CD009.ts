import { contacten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * CD009: "Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan." (JW301
 * Contact.Periode)
 *
 * Source: Condities_constraints_per_data-element.md (CD009). Retourcode 0001.
 */
export const CD009: Regel<JW301> = {
  code: 'CD009',
  titel: 'Periode alleen bij een tijdelijk adres',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const c of contacten(bericht)) {
      if (c.waarde.Periode && c.waarde.Soort !== '04') {
        ctx.report({ klasse: c.klasse, klassePad: c.klassePad, pad: `${c.klassePad}.Periode`, melding: `Periode gevuld bij Soort ${c.waarde.Soort}` });
      }
    }
  },
};
