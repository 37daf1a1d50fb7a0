/**
 * The shared check behind TR302 (JW301), TR386 (JW315) and TR410 (JW317): a product may occur more than
 * once only when the care periods do not overlap. "Indien de productcode niet is meegegeven dan geldt deze
 * technische regel op niveau van productcategorie. Indien productcategorie leeg is, dan mag [het] met geen
 * enkel ander [...] product overlappen."
 */
import { overlappen } from './helpers.js';
import type { RegelContext } from './Regel.js';
import type { Product } from './vorm.js';

export interface ZorgPeriode {
  klasse: string;
  klassePad: string;
  product: Product | undefined;
  begin: string | undefined;
  eind: string | undefined;
}

/** Whether two products are "the same product" for the overlap rules. */
export function zelfdeProduct(a: Product | undefined, b: Product | undefined): boolean {
  if (!a?.Categorie || !b?.Categorie) return true; // no category: may overlap with no other product
  if (a.Code && b.Code) return a.Code === b.Code;
  return a.Categorie === b.Categorie; // a code is missing: compare on category level
}

/** Reports each period that overlaps an earlier one for the same product (once per period). */
export function meldOverlap(perioden: readonly ZorgPeriode[], ctx: RegelContext, veld: string): void {
  for (let j = 1; j < perioden.length; j++) {
    const b = perioden[j]!;
    for (let i = 0; i < j; i++) {
      const a = perioden[i]!;
      if (!zelfdeProduct(a.product, b.product) || !overlappen(a, b)) continue;
      ctx.report({
        klasse: b.klasse,
        klassePad: b.klassePad,
        pad: `${b.klassePad}.${veld}`,
        melding: `Product overlapt in zorgperiode met ${a.klassePad}`,
      });
      break;
    }
  }
}
