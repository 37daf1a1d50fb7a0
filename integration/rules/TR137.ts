import { dagtekeningVan } from './helpers.js';
import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323, JW325, Periode } from './vorm.js';

/**
 * TR137: "Vullen met een waarde die groter is dan, of gelijk is aan de Begindatum van de aangeduide
 * periode én die niet groter is dan de Dagtekening van het bericht."
 *
 * Source: regels/technische-regels/xslt/TR137.md (lists WMO323/325; the same JW messages). Applied to the
 * Einddatum of the closed periods in those messages: Prestatie.ProductPeriode (JW323, JW325) and
 * Declaratie.DeclaratiePeriode (JW323). Care is declared after it was delivered.
 */
export const TR137: Regel<JW323 | JW325> = {
  code: 'TR137',
  titel: 'Einddatum van een periode tussen Begindatum en Dagtekening',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323', 'JW325'],
  check(bericht, ctx) {
    const dagtekening = dagtekeningVan(bericht);
    const toets = (periode: Periode | undefined, klasse: string, klassePad: string, pad: string) => {
      const eind = periode?.Einddatum;
      if (!eind) return;
      if (periode.Begindatum && eind < periode.Begindatum) {
        ctx.report({ klasse, klassePad, pad, melding: `Einddatum ${eind} ligt voor Begindatum ${periode.Begindatum}` });
      } else if (dagtekening && eind > dagtekening) {
        ctx.report({ klasse, klassePad, pad, melding: `Einddatum ${eind} ligt na de Dagtekening ${dagtekening}` });
      }
    };
    if ('Declaratie' in bericht) {
      toets(bericht.Declaratie?.DeclaratiePeriode, 'Declaratie', 'Declaratie', 'Declaratie.DeclaratiePeriode.Einddatum');
    }
    for (const p of prestaties(bericht)) {
      toets(p.waarde.ProductPeriode, p.klasse, p.klassePad, `${p.klassePad}.ProductPeriode.Einddatum`);
    }
  },
};
