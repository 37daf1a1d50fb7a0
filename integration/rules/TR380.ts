import { dagtekeningVan } from './helpers.js';
import { nieuweProducten, teWijzigenProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW317 } from './vorm.js';

/**
 * TR380: "Vullen met een datum die groter is dan de dagtekening van het bericht."
 *
 * Source: regels/technische-regels/xslt/TR380.md (lists WMO317). The text names no element. In JW317 the
 * dates are GewensteIngangsdatum and Einddatum of TeWijzigenProduct and NieuwProduct; GewensteIngangsdatum
 * may lie on or before the Dagtekening (TR357 / WJ001 9357 presupposes that), so TR380 governs Einddatum:
 * a change request cannot end an allocation or a new product on or before the day it is sent.
 */
export const TR380: Regel<JW317> = {
  code: 'TR380',
  titel: 'Einddatum groter dan de Dagtekening',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW317'],
  check(bericht, ctx) {
    const dagtekening = dagtekeningVan(bericht);
    if (!dagtekening) return;
    for (const k of [...teWijzigenProducten(bericht), ...nieuweProducten(bericht)]) {
      const eind = k.waarde.Einddatum;
      if (eind && eind <= dagtekening) {
        ctx.report({
          klasse: k.klasse,
          klassePad: k.klassePad,
          pad: `${k.klassePad}.Einddatum`,
          melding: `Einddatum ${eind} is niet groter dan de Dagtekening ${dagtekening}`,
        });
      }
    }
  },
};
