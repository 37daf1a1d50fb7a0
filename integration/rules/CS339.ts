import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * CS339: "Indien Eenheid de waarde 83 (euro's) heeft, moet IngediendBedrag gelijk zijn aan
 * GeleverdVolume." (JW323 Prestatie; GeleverdVolume then counts cents, like Bedrag)
 *
 * Source: Condities_constraints_per_data-element.md (CS339). Retourcode 0001.
 */
export const CS339: Regel<JW323> = {
  code: 'CS339',
  titel: 'IngediendBedrag = GeleverdVolume bij Eenheid 83',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    for (const p of prestaties(bericht)) {
      const w = p.waarde;
      if (w.Eenheid === '83' && Number(w.IngediendBedrag?.Bedrag) !== Number(w.GeleverdVolume)) {
        ctx.report({
          klasse: p.klasse,
          klassePad: p.klassePad,
          pad: `${p.klassePad}.IngediendBedrag.Bedrag`,
          melding: `Eenheid 83: IngediendBedrag ${w.IngediendBedrag?.Bedrag} is niet GeleverdVolume ${w.GeleverdVolume}`,
        });
      }
    }
  },
};
