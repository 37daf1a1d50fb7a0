/** Calendar arithmetic on ISO dates (UTC, no time zones involved), for the declaration rules. */

const DAG = 86_400_000;

const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export const eersteVanMaand = (d: string) => `${d.slice(0, 7)}-01`;

export function laatsteVanMaand(d: string): string {
  const [j, m] = d.split('-').map(Number) as [number, number];
  return iso(Date.UTC(j, m, 0));
}

/** The first day of the next month. */
export function volgendeMaand(d: string): string {
  const [j, m] = d.split('-').map(Number) as [number, number];
  return iso(Date.UTC(j, m, 1));
}

/** Days in [begin, eind], both inclusive. */
export const dagen = (begin: string, eind: string) => Math.round((ms(eind) - ms(begin)) / DAG) + 1;

/** Calendar weeks (Monday–Sunday) that overlap [begin, eind]. */
export function weken(begin: string, eind: string): number {
  const b = ms(begin);
  const e = ms(eind);
  const maandagB = b - ((new Date(b).getUTCDay() + 6) % 7) * DAG;
  const maandagE = e - ((new Date(e).getUTCDay() + 6) % 7) * DAG;
  return Math.round((maandagE - maandagB) / (7 * DAG)) + 1;
}

/** Calendar months that overlap [begin, eind]. */
export function maanden(begin: string, eind: string): number {
  const [jb, mb] = begin.split('-').map(Number) as [number, number];
  const [je, me] = eind.split('-').map(Number) as [number, number];
  return (je - jb) * 12 + (me - mb) + 1;
}
