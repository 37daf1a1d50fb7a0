/**
 * The year-end forecast of spend against a budget (issue 6 §3), as of a peildatum:
 *
 *   verstreken  = whole months of the budget year before the peildatum's month (12 for a past year, 0 for a future one)
 *   gerealiseerd = approved spend of the year's months 1..verstreken
 *   runRate     = gerealiseerd / verstreken (0 when nothing has elapsed)
 *   prognose    = gerealiseerd + runRate × (12 − verstreken) + verplicht
 *   verplicht   = committed cost in the months verstreken+1..12 of allocations that have no approved declaration yet
 *                 (mon_geld_verplichting: volume × tariff, or the budget of a budget allocation)
 *
 * The run rate extrapolates care that is already being declared; allocations not yet declared are not in it, so their
 * committed volume is added once (no double count). Declarations lag a month, so the peildatum's own month counts as
 * not elapsed. `overschrijding` = the forecast exceeds the budget (never without a budget).
 */
export interface Prognose {
  verstrekenMaanden: number;
  gerealiseerdCents: number;
  runRateCents: number;
  verplichtCents: number;
  prognoseCents: number;
  overschrijding: boolean;
}

/** First day of the first month of `jaar` not elapsed at `peildatum` (YYYY-MM-DD); months before it are realised. */
export function grensMaand(jaar: number, peildatum: string): string {
  const pj = Number(peildatum.slice(0, 4));
  if (jaar < pj) return `${jaar + 1}-01-01`;
  if (jaar > pj) return `${jaar}-01-01`;
  return `${peildatum.slice(0, 7)}-01`;
}

export function verstrekenMaanden(jaar: number, peildatum: string): number {
  const grens = grensMaand(jaar, peildatum);
  return Number(grens.slice(0, 4)) > jaar ? 12 : Number(grens.slice(5, 7)) - 1;
}

export function prognose(jaar: number, peildatum: string, gerealiseerdCents: number, verplichtCents: number, budgetCents: number | null): Prognose {
  const verstreken = verstrekenMaanden(jaar, peildatum);
  const runRateCents = verstreken ? Math.round(gerealiseerdCents / verstreken) : 0;
  const prognoseCents = gerealiseerdCents + Math.round((gerealiseerdCents / (verstreken || 1)) * (verstreken ? 12 - verstreken : 0)) + verplichtCents;
  return {
    verstrekenMaanden: verstreken, gerealiseerdCents, runRateCents, verplichtCents, prognoseCents,
    overschrijding: budgetCents !== null && prognoseCents > budgetCents,
  };
}
