/**
 * The allocated volume over a period (TR321, TR322), from Omvang = Volume × Eenheid per Frequentie
 * (WMO757: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur toewijzing).
 *
 * Per week: the standard's "werkwijze frequentie per week" (istandaarden.nl, not in ../shared) is not
 * available here; we count the calendar weeks (Monday–Sunday) that overlap the period, the bound that
 * never refuses a legitimate month. The cumulative check (TR322) over the whole allocation, counted the
 * same way, keeps the total within the allocation, which is what the FAQ says the two parts guarantee.
 */
import { dagen, maanden, weken } from './datums.js';

export function omvangInPeriode(volume: number, frequentie: string, begin: string, eind: string): number | undefined {
  switch (frequentie) {
    case '1':
      return volume * dagen(begin, eind);
    case '2':
      return volume * weken(begin, eind);
    case '4':
      return volume * maanden(begin, eind);
    case '6':
      return volume;
    default:
      return undefined;
  }
}
