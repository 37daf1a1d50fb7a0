import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * CS337: "Einddatum in de ProductPeriode vullen met een datum die valt in dezelfde kalendermaand en jaar
 * als de Begindatum van de ProductPeriode" (JW323 Prestatie)
 *
 * Source: Condities_constraints_per_data-element.md (CS337). Retourcode 0001.
 */
export const CS337: Regel<JW323> = {
  code: 'CS337',
  titel: 'ProductPeriode binnen één kalendermaand',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    for (const p of prestaties(bericht)) {
      const { Begindatum, Einddatum } = p.waarde.ProductPeriode ?? {};
      if (Begindatum && Einddatum && Begindatum.slice(0, 7) !== Einddatum.slice(0, 7)) {
        ctx.report({
          klasse: p.klasse,
          klassePad: p.klassePad,
          pad: `${p.klassePad}.ProductPeriode.Einddatum`,
          melding: `ProductPeriode ${Begindatum} – ${Einddatum} valt niet in één kalendermaand`,
        });
      }
    }
  },
};
