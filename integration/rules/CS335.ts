import { toegewezenProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * CS335: "RedenWijziging 13 (verwijderd) mag alleen gebruikt worden indien de ingangsdatum gelijk is aan
 * de einddatum" (JW301 ToegewezenProduct.RedenWijziging)
 *
 * Source: Condities_constraints_per_data-element.md (CS335). Retourcode 0001.
 */
export const CS335: Regel<JW301> = {
  code: 'CS335',
  titel: 'RedenWijziging 13 alleen bij Einddatum = Ingangsdatum',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const k of toegewezenProducten(bericht)) {
      const t = k.waarde;
      if (t.RedenWijziging === '13' && t.Einddatum !== t.Ingangsdatum) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.RedenWijziging`, melding: 'RedenWijziging 13 (verwijderd) terwijl Einddatum niet gelijk is aan Ingangsdatum' });
      }
    }
  },
};
