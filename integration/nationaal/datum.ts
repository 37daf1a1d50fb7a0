/** Dates as day numbers (days since 1970-01-01, UTC) for the generator's arithmetic; ISO strings at the edges. */
const MS_PER_DAG = 86_400_000;
const cache = new Map<number, string>();

export function dag(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAG);
}

export function iso(d: number): string {
  let s = cache.get(d);
  if (s === undefined) {
    s = new Date(d * MS_PER_DAG).toISOString().slice(0, 10);
    cache.set(d, s);
  }
  return s;
}

/** First day of the month of `d`. */
export function maandBegin(d: number): number {
  const x = new Date(d * MS_PER_DAG);
  return Math.round(Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), 1) / MS_PER_DAG);
}

/** First day of the next month. */
export function volgendeMaand(d: number): number {
  const x = new Date(d * MS_PER_DAG);
  return Math.round(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 1) / MS_PER_DAG);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdag(d: number): number {
  return (new Date(d * MS_PER_DAG).getUTCDay() + 6) % 7;
}

export function jaar(d: number): number {
  return new Date(d * MS_PER_DAG).getUTCFullYear();
}
