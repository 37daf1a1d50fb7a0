/**
 * Working days ("werkdagen") for the iJw deadlines: OP090 (a return message within 3 working days of
 * receipt), OP090x4 (10 for JW325), OP271/OP272 (start/stop message within 5). A working day is
 * Monday to Friday and not a holiday of feestdagen.ts (Algemene termijnenwet). All on ISO dates.
 */
import { CalendarError } from './CalendarError';
import { feestdagOp } from './feestdagen';
import { fromDayNumber, toDayNumber, weekday, type DayNumber } from './isoDate';

export function isWerkdag(datum: string): boolean {
  const wd = weekday(toDayNumber(datum));
  return wd !== 0 && wd !== 6 && feestdagOp(datum) === undefined;
}

/**
 * The n-th working day after `datum` (n > 0) or before it (n < 0); `datum` itself is never counted.
 * n = 0 returns `datum` unchanged. "Binnen drie werkdagen na ontvangst op d": deadline addWerkdagen(d, 3).
 */
export function addWerkdagen(datum: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new CalendarError('INVALID_COUNT', `working-day count must be an integer, got ${n}`);
  let day: DayNumber = toDayNumber(datum);
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (isWerkdag(fromDayNumber(day))) left--;
  }
  return fromDayNumber(day);
}

/** The date n working days before `datum` (what jobs/werkdagen.ts calls werkdagenTerug). */
export function werkdagenTerug(datum: string, n: number): string {
  return addWerkdagen(datum, -n);
}

/**
 * The number of working-day steps from `van` to `tot`, so that werkdagenTussen(d, addWerkdagen(d, n)) === n:
 * forward it counts the working days in (van, tot]; backward (tot < van) it counts [tot, van), negated.
 */
export function werkdagenTussen(van: string, tot: string): number {
  const a = toDayNumber(van);
  const b = toDayNumber(tot);
  const [from, to, sign] = b >= a ? [a + 1, b, 1] : [b, a - 1, -1];
  let count = 0;
  for (let day = from; day <= to; day++) if (isWerkdag(fromDayNumber(day))) count++;
  return sign * count;
}

/** True when a term of n working days starting on `van` has passed on `vandaag` (the deadline day itself is still in time). */
export function termijnVerstreken(van: string, n: number, vandaag: string): boolean {
  return toDayNumber(vandaag) > toDayNumber(addWerkdagen(van, n));
}
