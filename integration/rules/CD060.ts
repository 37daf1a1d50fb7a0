import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323, JW325 } from './vorm.js';

/**
 * CD060: "Verplicht vullen indien DebetCredit bij het ingediende bedrag de waarde C (credit) heeft, anders
 * leeg laten." (Prestatie.ProductReferentie.VorigReferentieNummer in JW323 and JW325)
 *
 * Source: Condities_constraints_per_data-element.md (CD060). Retourcode 0001.
 */
export const CD060: Regel<JW323 | JW325> = {
  code: 'CD060',
  titel: 'VorigReferentieNummer alleen en altijd bij een creditprestatie',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323', 'JW325'],
  check(bericht, ctx) {
    for (const p of prestaties(bericht)) {
      const credit = p.waarde.IngediendBedrag?.DebetCredit === 'C';
      const gevuld = !!p.waarde.ProductReferentie?.VorigReferentieNummer;
      if (credit !== gevuld) {
        ctx.report({
          klasse: p.klasse,
          klassePad: p.klassePad,
          pad: `${p.klassePad}.ProductReferentie.VorigReferentieNummer`,
          melding: credit ? 'Creditprestatie zonder VorigReferentieNummer' : 'VorigReferentieNummer gevuld bij een debetprestatie',
        });
      }
    }
  },
};
