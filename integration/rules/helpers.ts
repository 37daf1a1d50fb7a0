/** Small, pure helpers the rule files share: lists, ISO dates, signed amounts, periods. */

/** A repeated element as a list: generated types give arrays, but a rule must not throw on a single object. */
export function lijst<T>(waarde: readonly T[] | T | undefined | null): readonly T[] {
  if (waarde === undefined || waarde === null) return [];
  return Array.isArray(waarde) ? (waarde as readonly T[]) : [waarde as T];
}

/** Whether a value is filled (XSD forbids empty elements, so absent = undefined/null/''). */
export function gevuld(waarde: unknown): boolean {
  return waarde !== undefined && waarde !== null && waarde !== '';
}

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An existing calendar date in ISO form ('2026-02-30' is not). */
export function isBestaandeDatum(datum: unknown): datum is string {
  if (typeof datum !== 'string') return false;
  const m = ISO_DATUM.exec(datum);
  if (!m) return false;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(j, mnd - 1, d));
  return t.getUTCFullYear() === j && t.getUTCMonth() === mnd - 1 && t.getUTCDate() === d;
}

/** ISO date plus n years (n may be negative); 29 February falls back to 28 February. */
export function plusJaren(datum: string, jaren: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(j + jaren, m - 1, d));
  if (t.getUTCDate() !== d) t.setUTCDate(0);
  return t.toISOString().slice(0, 10);
}

/** Last day of the month of an ISO date. */
export function laatsteDagVanMaand(datum: string): string {
  const [j, m] = datum.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10);
}

/** The ISO date of today in the Europe/Amsterdam calendar (the standard's "systeemdatum"). */
export function vandaagInNederland(nu: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(nu);
}

/** An amount with DebetCredit as a signed number of cents: debet +, credit −. */
export function getekend(bedrag: number | undefined, debetCredit: string | undefined): number {
  const b = Number(bedrag ?? 0);
  return debetCredit === 'C' ? -b : b;
}

/** A signed number of cents back to { bedrag, DebetCredit }; 0 is debet (CS325). */
export function ongetekend(cents: number): { bedrag: number; debetCredit: 'D' | 'C' } {
  return cents < 0 ? { bedrag: -cents, debetCredit: 'C' } : { bedrag: cents, debetCredit: 'D' };
}

/** Whether two periods overlap; a missing end date means open-ended. Dates are ISO strings. */
export function overlappen(
  a: { begin: string | undefined; eind: string | undefined },
  b: { begin: string | undefined; eind: string | undefined },
): boolean {
  const aBegin = a.begin ?? '0000-01-01';
  const bBegin = b.begin ?? '0000-01-01';
  const aEind = a.eind ?? '9999-12-31';
  const bEind = b.eind ?? '9999-12-31';
  return aBegin <= bEind && bBegin <= aEind;
}

/** The message's Dagtekening (Header.BerichtIdentificatie.Dagtekening). */
export function dagtekeningVan(bericht: { Header?: { BerichtIdentificatie?: { Dagtekening?: string } } }): string | undefined {
  return bericht.Header?.BerichtIdentificatie?.Dagtekening;
}

/**
 * Normalises a number-like code/identifier to a string key (ToewijzingNummer is xs:integer in the XSD):
 * equal keys for equal parts after String(), absent (undefined/null) distinct from every string.
 * Parts are joined with NUL, which XML text cannot hold; a part that does hold one falls back to JSON.
 */
export function sleutel(...delen: unknown[]): string {
  let s = '';
  for (let i = 0; i < delen.length; i++) {
    const d = delen[i];
    if (d === undefined || d === null) {
      s += '\u0000-';
      continue;
    }
    const t = String(d);
    if (t.includes('\u0000')) return '\u0001' + JSON.stringify(delen.map((x) => (x === undefined || x === null ? null : String(x))));
    s += '\u0000=' + t;
  }
  return s;
}
