import { toegewezenProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * CS336: "01 (Administratieve correctie (vervallen)) niet gebruiken" (JW301 ToegewezenProduct.RedenWijziging)
 *
 * Source: Condities_constraints_per_data-element.md (CS336). LDT_RedenWijziging still enumerates 01, so
 * the XSD lets it through. Retourcode 0001.
 */
export const CS336: Regel<JW301> = {
  code: 'CS336',
  titel: 'RedenWijziging 01 niet gebruiken',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const k of toegewezenProducten(bericht)) {
      if (k.waarde.RedenWijziging === '01') {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.RedenWijziging`, melding: 'RedenWijziging 01 (vervallen) is niet toegestaan' });
      }
    }
  },
};
