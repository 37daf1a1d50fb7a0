/**
 * ISO 'YYYY-MM-DD' dates as whole day numbers (days since 1970-01-01, via Date.UTC), so no local
 * timezone or daylight-saving shift can move a date: a date is a label, not an instant.
 */
import { CalendarError } from './CalendarError';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type DayNumber = number;

export function toDayNumber(iso: string): DayNumber {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new CalendarError('INVALID_DATE', `'${iso}' is not an ISO date (YYYY-MM-DD)`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches it.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new CalendarError('INVALID_DATE', `'${iso}' is not a calendar date`);
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string {
  return fromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function addDays(iso: string, n: number): string {
  return fromDayNumber(toDayNumber(iso) + n);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}
