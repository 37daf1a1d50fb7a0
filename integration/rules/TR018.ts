import { stopProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW307 } from './vorm.js';

/**
 * TR018: "Einddatum moet groter dan of gelijk zijn aan Begindatum."
 *
 * Source: regels/technische-regels/xslt/TR018.md (lists WMO307). iJw: JW307 StopProduct has the same
 * Begindatum and Einddatum.
 */
export const TR018: Regel<JW307> = {
  code: 'TR018',
  titel: 'Einddatum groter dan of gelijk aan Begindatum',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW307'],
  check(bericht, ctx) {
    for (const s of stopProducten(bericht)) {
      const { Begindatum, Einddatum } = s.waarde;
      if (Begindatum && Einddatum && Einddatum < Begindatum) {
        ctx.report({
          klasse: s.klasse,
          klassePad: s.klassePad,
          pad: `${s.klassePad}.Einddatum`,
          melding: `Einddatum ${Einddatum} ligt voor Begindatum ${Begindatum}`,
        });
      }
    }
  },
};
