import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * CD087: "Als eenheid ongelijk is aan 83 (euro's) dan verplicht vullen, anders leeg laten."
 * (Prestatie.ProductTarief in JW323)
 *
 * Source: Condities_constraints_per_data-element.md (CD087). Retourcode 0001.
 */
export const CD087: Regel<JW323> = {
  code: 'CD087',
  titel: 'ProductTarief gevuld tenzij Eenheid 83',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    for (const p of prestaties(bericht)) {
      const euro = p.waarde.Eenheid === '83';
      const gevuld = p.waarde.ProductTarief !== undefined;
      if (euro === gevuld) {
        ctx.report({
          klasse: p.klasse,
          klassePad: p.klassePad,
          pad: `${p.klassePad}.ProductTarief`,
          melding: euro ? 'ProductTarief gevuld bij Eenheid 83 (euro)' : 'ProductTarief ontbreekt',
        });
      }
    }
  },
};
