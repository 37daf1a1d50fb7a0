/**
 * Deterministic, readable UUIDs for generated purchasing rows: seed, table and row number are visible in the id
 * (`0000002a-0003-5000-8000-000000000011` = seed 42, soort 3 (provider), row 17), so the same seed gives the same
 * ids without hashing millions of strings, and two seeds never collide.
 */
export const SOORT = {
  region: 1,
  municipality: 2,
  provider: 3,
  segment: 4,
  contract: 5,
  product: 6,
  tariff: 7,
  budget: 8,
} as const;

export type Soort = keyof typeof SOORT;

export function uuidVoor(seed: number, soort: Soort, nr: number): string {
  const s = (seed >>> 0).toString(16).padStart(8, '0');
  const k = SOORT[soort].toString(16).padStart(4, '0');
  return `${s}-${k}-5000-8000-${nr.toString(16).padStart(12, '0')}`;
}
