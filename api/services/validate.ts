import { InputError } from '../errors';
import type { ErrorCode } from '../errors';

/**
 * Input checks that need no database, run before a mutation writes. The database repeats them as
 * CHECK/FK constraints (schema/constraints.ts), so these only give earlier, friendlier errors.
 */
export function check(ok: boolean, code: ErrorCode, field: string, message: string): void {
  if (!ok) throw new InputError(code, field, message);
}

export const AGB_CODE = /^\d{8}$/;
export const KVK_NUMBER = /^\d{8}$/;
export const CBS_CODE = /^\d{4}$/;
export const PRODUCT_CODE = /^[0-9A-Z]{5}$/;
export const PRODUCT_CATEGORY = /^\d{2}$/;

export function checkPattern(value: string | null | undefined, pattern: RegExp, code: ErrorCode, field: string, what: string): void {
  if (value === undefined || value === null) return;
  check(pattern.test(value), code, field, `${field} must be ${what}, got '${value}'`);
}

/** ISO dates compare as strings. */
export function checkPeriod(start: string | null | undefined, end: string | null | undefined, code: ErrorCode, endField: string): void {
  if (start && end) check(end >= start, code, endField, `${endField} (${end}) lies before the start (${start})`);
}

export function checkNotEmpty(value: string | null | undefined, field: string): void {
  if (value === undefined) return;
  check(value !== null && value.trim().length > 0, 'REQUIRED', field, `${field} must not be empty`);
}

/** Copies the keys the client actually sent (undefined = not sent; null = clear). */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
