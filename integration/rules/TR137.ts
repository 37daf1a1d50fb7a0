import { dagtekeningVan } from './helpers.js';
import { prestaties, type Plek } from './klassen.js';
import type { Regel, RegelContext } from './Regel.js';
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
    if ('Declaratie' in bericht) toets(bericht.Declaratie?.DeclaratiePeriode, DECLARATIE, 'DeclaratiePeriode', dagtekening, ctx);
    for (const p of prestaties(bericht)) toets(p.waarde.ProductPeriode, p, 'ProductPeriode', dagtekening, ctx);
  },
};

const DECLARATIE = { klasse: 'Declaratie', klassePad: 'Declaratie' };

/** `k` is the class holding the period `veld`; the paths are spelled out only for a finding. */
function toets(periode: Periode | undefined, k: Plek, veld: string, dagtekening: string | undefined, ctx: RegelContext) {
  const eind = periode?.Einddatum;
  if (!eind) return;
  let melding: string;
  if (periode.Begindatum && eind < periode.Begindatum) melding = `Einddatum ${eind} ligt voor Begindatum ${periode.Begindatum}`;
  else if (dagtekening && eind > dagtekening) melding = `Einddatum ${eind} ligt na de Dagtekening ${dagtekening}`;
  else return;
  ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.${veld}.Einddatum`, melding });
}
