/**
 * The solidarity settlement of one region and year (issue 6 §7). The heavy (solidair) segments' total cost is shared
 * by the region's municipalities in proportion to their key (3-year rolling average of youths in care, or the region's
 * objective key):
 *
 *   aandeel(g)   = sleutel(g) / Σ sleutel
 *   verdeeld(g)  = aandeel(g) × Σ eigen kosten, in whole cents by the largest remainder (so Σ verdeeld = Σ eigen exactly)
 *   saldo(g)     = verdeeld(g) − eigen kosten(g): positive = the municipality pays into the pool, negative = receives
 *
 * so the settlements of a region sum to zero. A region whose keys are all zero shares nothing (saldo 0 each).
 */
export interface VerrekenInvoer {
  gemeenteCode: string;
  /** Distribution key (any non-negative number). */
  sleutel: number;
  /** The municipality's own approved cost in the heavy segments that year, cents. */
  eigenKostenCents: number;
}

export interface Verrekening extends VerrekenInvoer {
  aandeel: number;
  verdeeldCents: number;
  saldoCents: number;
}

export function verreken(gemeenten: readonly VerrekenInvoer[]): Verrekening[] {
  const totaalSleutel = gemeenten.reduce((s, g) => s + g.sleutel, 0);
  const totaalKosten = gemeenten.reduce((s, g) => s + g.eigenKostenCents, 0);
  if (totaalSleutel <= 0) return gemeenten.map((g) => ({ ...g, aandeel: 0, verdeeldCents: g.eigenKostenCents, saldoCents: 0 }));
  if (totaalKosten < 0) {
    // More credited than declared: share the (negative) total the same way, mirrored, so the remainder still goes out.
    const gespiegeld = verreken(gemeenten.map((g) => ({ ...g, eigenKostenCents: -g.eigenKostenCents })));
    return gespiegeld.map((v) => ({ ...v, eigenKostenCents: -v.eigenKostenCents, verdeeldCents: -v.verdeeldCents, saldoCents: -v.saldoCents }));
  }
  const exact = gemeenten.map((g) => (totaalKosten * g.sleutel) / totaalSleutel);
  const verdeeld = exact.map(Math.floor);
  let rest = totaalKosten - verdeeld.reduce((s, v) => s + v, 0);
  // The cents left after rounding down go to the largest remainders (ties: the order given, i.e. by CBS code).
  const volgorde = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest <= 0) break;
    verdeeld[i]! += 1;
    rest -= 1;
  }
  return gemeenten.map((g, i) => ({ ...g, aandeel: g.sleutel / totaalSleutel, verdeeldCents: verdeeld[i]!, saldoCents: verdeeld[i]! - g.eigenKostenCents }));
}
