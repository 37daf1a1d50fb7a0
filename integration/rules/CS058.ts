import { startProducten, stopProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW305, JW307 } from './vorm.js';

/**
 * CS058: "1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen." (StatusAanlevering in JW305
 * StartProduct and JW307 StopProduct)
 *
 * Source: Condities_constraints_per_data-element.md (CS058). The XSD type LDT_StatusAanlevering also
 * allows 2, so this is a rule. Retourcode 0001.
 */
export const CS058: Regel<JW305 | JW307> = {
  code: 'CS058',
  titel: 'StatusAanlevering 1 of 3',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW305', 'JW307'],
  check(bericht, ctx) {
    const b = bericht as JW305 & JW307;
    for (const k of [...startProducten(b), ...stopProducten(b)]) {
      const s = k.waarde.StatusAanlevering;
      if (s !== undefined && s !== '1' && s !== '3') {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.StatusAanlevering`, melding: `StatusAanlevering ${s} is niet 1 of 3` });
      }
    }
  },
};
