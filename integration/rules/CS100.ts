import { prestaties, type Plek } from './klassen.js';
import type { Regel, RegelContext } from './Regel.js';
import type { JW323, Periode } from './vorm.js';

/**
 * CS100: "Vullen met een datum die groter dan of gelijk is aan 01-01-2021" (JW323
 * Declaratie.DeclaratiePeriode and Prestatie.ProductPeriode)
 *
 * Source: Condities_constraints_per_data-element.md (CS100); the XSD's LDT_Datum has no lower bound.
 * Checked on the Begindatum (the Einddatum is not before it: TR137). Retourcode 0001.
 */
export const CS100: Regel<JW323> = {
  code: 'CS100',
  titel: 'Periode niet voor 01-01-2021',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    toets(bericht.Declaratie?.DeclaratiePeriode, { klasse: 'Declaratie', klassePad: 'Declaratie' }, 'DeclaratiePeriode', ctx);
    for (const p of prestaties(bericht)) toets(p.waarde.ProductPeriode, p, 'ProductPeriode', ctx);
  },
};

/** `k` is the class holding the period `veld`; the paths are spelled out only for a finding. */
function toets(periode: Periode | undefined, k: Plek, veld: string, ctx: RegelContext) {
  const begin = periode?.Begindatum;
  if (begin && begin < '2021-01-01') {
    ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.${veld}.Begindatum`, melding: `Begindatum ${begin} ligt voor 01-01-2021` });
  }
}
