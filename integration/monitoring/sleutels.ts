/**
 * Key sets of the B projections' refreshes: the keys a unit of work touched, as parallel arrays for `unnest(...)`.
 * Each refresh deletes and re-inserts the rows of exactly these keys with the same SQL its `herbouw` runs unrestricted,
 * so "incremental equals recomputation" holds by construction.
 */
import type { Geraakt } from './Projectie.js';

/** A set of composite keys, deduplicated; `kolommen()` gives one array per key part in insertion order. */
export class SleutelSet<T extends readonly string[]> {
  private readonly gezien = new Map<string, T>();

  constructor(private readonly breedte: number) {}

  voeg(...rijen: readonly T[]): this {
    for (const r of rijen) this.gezien.set(r.join('\u0000'), r);
    return this;
  }

  /** Rows as returned by a RETURNING / SELECT with the key columns named in `namen`. */
  voegRijen(rijen: readonly Record<string, unknown>[], namen: readonly string[]): this {
    for (const r of rijen) this.voeg(namen.map((n) => String(r[n])) as unknown as T);
    return this;
  }

  get grootte(): number {
    return this.gezien.size;
  }

  /** Each key as one text (its parts joined by '|'), e.g. for advisory locks. */
  teksten(): string[] {
    return [...this.gezien.values()].map((r) => r.join('|'));
  }

  kolommen(): string[][] {
    const out: string[][] = Array.from({ length: this.breedte }, () => []);
    for (const r of this.gezien.values()) r.forEach((v, i) => out[i]!.push(v));
    return out;
  }
}

/** (gemeente_code, declaratie id) of the touched declarations. */
export function declaratieSleutels(g: Geraakt): SleutelSet<[string, string]> {
  return new SleutelSet<[string, string]>(2).voeg(...g.declaraties.map((d) => [d.gemeenteCode, d.declaratieId] as [string, string]));
}

/** (gemeente_code, toewijzing id) of the touched allocations. */
export function toewijzingSleutels(g: Geraakt): SleutelSet<[string, string]> {
  return new SleutelSet<[string, string]>(2).voeg(...g.toewijzingen.map((t) => [t.gemeenteCode, t.toewijzingId] as [string, string]));
}

/** (gemeente_code, client id) of the touched clients. */
export function clientSleutels(g: Geraakt): SleutelSet<[string, string]> {
  return new SleutelSet<[string, string]>(2).voeg(...g.clienten.map((c) => [c.gemeenteCode, c.clientId] as [string, string]));
}
