/**
 * Dutch working days for the deadline job: no weekends, no public holidays (Nieuwjaarsdag, Goede
 * Vrijdag, Pasen, Koningsdag, Bevrijdingsdag (every year, as most CAOs and the iStandaarden calendar
 * do), Hemelvaart, Pinksteren, Kerst). Interim: replace by H5's integration/calendar/werkdagen.ts when it lands.
 */
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function pasen(jaar: number): Date {
  const a = jaar % 19, b = Math.floor(jaar / 100), c = jaar % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31), dag = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(jaar, maand - 1, dag));
}

const cache = new Map<number, Set<string>>();
export function feestdagen(jaar: number): Set<string> {
  let s = cache.get(jaar);
  if (s) return s;
  const p = pasen(jaar).getTime();
  const dag = (n: number) => iso(new Date(p + n * 86_400_000));
  const koning = new Date(Date.UTC(jaar, 3, 27));
  if (koning.getUTCDay() === 0) koning.setUTCDate(26);
  s = new Set([`${jaar}-01-01`, dag(-2), dag(0), dag(1), iso(koning), `${jaar}-05-05`, dag(39), dag(49), dag(50), `${jaar}-12-25`, `${jaar}-12-26`]);
  cache.set(jaar, s);
  return s;
}

export function isWerkdag(datum: string): boolean {
  const d = new Date(`${datum}T00:00:00Z`);
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6 && !feestdagen(d.getUTCFullYear()).has(datum);
}

/** The date n working days before `datum`: anything received before it is overdue on `datum`. */
export function werkdagenTerug(datum: string, n: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  let over = n;
  while (over > 0) {
    d.setUTCDate(d.getUTCDate() - 1);
    if (isWerkdag(iso(d))) over--;
  }
  return iso(d);
}
