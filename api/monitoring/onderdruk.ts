/**
 * Small-cell suppression (issue 6 §8): in a region's view a cell that counts 1–4 unique youths shows no figures
 * (every measure null, `onderdrukt: true`), so no youth can be recognised from a small count. Zero is shown (it
 * reveals no one). A municipality sees its own cells unsuppressed. Suppression is per returned cell: a caller who
 * groups coarser sees the coarser, larger cells.
 */
import type { MonitoringScope } from './scope';

export const MINIMUM_JEUGDIGEN = 5;

export interface Onderdrukbaar {
  onderdrukt: boolean;
}

/** Null the `maten` of every cell with 1..4 youths when the scope asks for suppression; sets `onderdrukt`. */
export function onderdruk<T extends Onderdrukbaar>(rijen: T[], scope: Pick<MonitoringScope, 'onderdrukken'>,
  jeugdigen: (r: T) => number | null, maten: readonly (keyof T)[]): T[] {
  for (const r of rijen) {
    const n = jeugdigen(r) ?? 0;
    r.onderdrukt = scope.onderdrukken && n > 0 && n < MINIMUM_JEUGDIGEN;
    if (r.onderdrukt) for (const m of maten) (r as Record<keyof T, unknown>)[m] = null;
  }
  return rijen;
}
