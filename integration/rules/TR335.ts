import { plusJaren } from './helpers.js';
import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * TR335: "Einddatum mag niet meer dan 5 jaar voor DeclaratieDagtekening liggen."
 *
 * Source: regels/technische-regels/xslt/TR335.md (lists WMO323). iJw: JW323 Prestatie.ProductPeriode.Einddatum
 * against Declaratie.DeclaratieDagtekening.
 */
export const TR335: Regel<JW323> = {
  code: 'TR335',
  titel: 'Einddatum niet meer dan 5 jaar voor DeclaratieDagtekening',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    const dagtekening = bericht.Declaratie?.DeclaratieDagtekening;
    if (!dagtekening) return;
    const grens = plusJaren(dagtekening, -5);
    for (const p of prestaties(bericht)) {
      const eind = p.waarde.ProductPeriode?.Einddatum;
      if (eind && eind < grens) {
        ctx.report({
          klasse: p.klasse,
          klassePad: p.klassePad,
          pad: `${p.klassePad}.ProductPeriode.Einddatum`,
          melding: `Einddatum ${eind} ligt meer dan 5 jaar voor DeclaratieDagtekening ${dagtekening}`,
        });
      }
    }
  },
};
