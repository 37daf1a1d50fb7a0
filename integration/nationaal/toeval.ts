/**
 * Seeded randomness for the national-scale generator: one mulberry32 stream (integration/simulator), so the
 * same seed gives the same rows. Each table group draws from its own stream (`afgeleid`), so adding a draw in
 * one group does not shift every row of the next.
 */
import { mulberry32 } from '../simulator/mulberry32.js';

export class Toeval {
  private readonly r: () => number;

  constructor(readonly seed: number) {
    this.r = mulberry32(seed);
  }

  /** An independent stream for one part of the load (`deel` names it). */
  afgeleid(deel: string): Toeval {
    let h = this.seed >>> 0;
    for (let i = 0; i < deel.length; i++) h = Math.imul(h ^ deel.charCodeAt(i), 0x01000193) >>> 0;
    return new Toeval(h);
  }

  /** [0, 1) */
  getal(): number {
    return this.r();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.r() * n);
  }

  kans(p: number): boolean {
    return this.r() < p;
  }

  /** Standard normal (Box–Muller). */
  normaal(): number {
    const u = 1 - this.r();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.r());
  }

  /** Log-normal with the given median and σ of the underlying normal. */
  lognormaal(mediaan: number, sigma: number): number {
    return mediaan * Math.exp(sigma * this.normaal());
  }

  /** Zipf-like index in [0, n): rank k has weight 1/(k+1)^s (inverse-CDF on the continuous approximation). */
  zipf(n: number, s = 1.1): number {
    const u = this.r();
    const a = 1 - s;
    const max = ((n + 1) ** a - 1) / a;
    return Math.min(n - 1, Math.floor((1 + u * max * a) ** (1 / a)) - 1);
  }
}

/** Cumulative weights for `kiesGewogen`. */
export function cumulatief(gewichten: readonly number[]): Float64Array {
  const c = new Float64Array(gewichten.length);
  let som = 0;
  gewichten.forEach((g, i) => {
    som += g;
    c[i] = som;
  });
  return c;
}

/** Index drawn with probability proportional to its weight (binary search over the cumulative weights). */
export function kiesGewogen(t: Toeval, cum: Float64Array): number {
  const x = t.getal() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
