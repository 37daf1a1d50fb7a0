import { relaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { Geboortedatum, JW301, JW305, JW307, JW315 } from './vorm.js';

/** Whether Datum fits DatumGebruik: 3 → 1900-01-01, 2 → 01-01 of the year, 1 → the first of the month. */
export function datumPastBijGebruik(datum: string, gebruik: string): boolean {
  switch (gebruik) {
    case '3':
      return datum === '1900-01-01';
    case '2':
      return datum.endsWith('-01-01');
    case '1':
      return datum.endsWith('-01');
    default:
      return true;
  }
}

/**
 * CS139: "Voor Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn."
 * Uitleg: "Als DatumGebruik de waarde 3 heeft, moet Datum 01-01-1900 zijn; Als DatumGebruik de waarde 2
 * heeft, moet Datum 01-01-EEJJ zijn; Als DatumGebruik de waarde 1 heeft, moet Datum 01-MM-EEJJ zijn."
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CS139), on Geboortedatum
 * of the Client in JW301, JW305, JW307, JW315 and of the Relatie in JW301. Without DatumGebruik there is
 * nothing to compare. Retourcode 0001 (in-message constraint, IV028 level 2).
 */
export const CS139: Regel<JW301 | JW305 | JW307 | JW315> = {
  code: 'CS139',
  titel: 'Geboortedatum: Datum in overeenstemming met DatumGebruik',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW305', 'JW307', 'JW315'],
  check(bericht, ctx) {
    const toets = (g: Geboortedatum | undefined, klasse: string, klassePad: string) => {
      if (!g?.DatumGebruik || typeof g.Datum !== 'string') return;
      const gebruik = String(g.DatumGebruik);
      if (!datumPastBijGebruik(g.Datum, gebruik)) {
        ctx.report({ klasse, klassePad, pad: `${klassePad}.Geboortedatum.DatumGebruik`, melding: `Datum ${g.Datum} past niet bij DatumGebruik ${gebruik}` });
      }
    };
    toets(bericht.Client?.Geboortedatum, 'Client', 'Client');
    for (const r of relaties(bericht as JW301)) toets(r.waarde.Geboortedatum, r.klasse, r.klassePad);
  },
};
