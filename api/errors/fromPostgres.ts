import { constraintError } from '../../schema/constraints';
import type { ErrorCode } from './codes';
import { JeugdregieError } from './JeugdregieError';

/** The fields of a node-postgres DatabaseError we branch on (TypeORM wraps it as `driverError`). */
interface PgError {
  code: string;
  constraint?: string;
  column?: string;
  detail?: string;
  message: string;
}

function pgErrorOf(err: unknown): PgError | undefined {
  const e = err as { driverError?: unknown } | null;
  const candidate = (e && typeof e === 'object' && e.driverError ? e.driverError : e) as PgError | null;
  if (candidate && typeof candidate === 'object' && typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
    return candidate;
  }
  return undefined;
}

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `Key (agb_code)=(12345678) already exists.` -> `agb_code` */
function columnFromDetail(detail: string | undefined): string | undefined {
  return detail?.match(/^Key \(([a-z0-9_]+)[,)]/)?.[1];
}

/** SQLSTATEs without a known constraint name, by class. Anything else stays unknown (masked). */
const BY_SQLSTATE: Record<string, ErrorCode> = {
  '23505': 'DUPLICATE',
  '23503': 'REFERENCE_NOT_FOUND',
  '23502': 'REQUIRED',
  '22007': 'INVALID_DATE',
  '22008': 'INVALID_DATE',
  '22P02': 'BAD_USER_INPUT', // invalid text representation, e.g. a malformed uuid
  '22003': 'BAD_USER_INPUT', // numeric out of range
};

/**
 * Turns a PostgreSQL error into a typed JeugdregieError: first by constraint name (schema/constraints.ts
 * says which code and field each named constraint and trigger stands for), then by SQLSTATE.
 * Returns undefined for anything else, so callers rethrow it and useMaskedErrors masks it.
 *
 * `prefix` is prepended to the field (`input` -> `input.agbCode`), matching the mutation argument.
 */
export function fromPostgres(err: unknown, prefix = 'input'): JeugdregieError | undefined {
  if (err instanceof JeugdregieError) return err;
  const pg = pgErrorOf(err);
  if (!pg) return undefined;
  const at = (field: string | null | undefined) => (field ? (prefix ? `${prefix}.${field}` : field) : undefined);

  const known = constraintError(err);
  if (known) {
    return new JeugdregieError(known.code, `${known.code.toLowerCase().replace(/_/g, ' ')}: ${pg.message}`, {
      field: at(known.field),
      cause: err,
    });
  }
  const code = BY_SQLSTATE[pg.code];
  if (!code) return undefined;
  const column = pg.column ?? columnFromDetail(pg.detail);
  return new JeugdregieError(code, `${code.toLowerCase().replace(/_/g, ' ')}: ${pg.message}`, {
    field: at(column ? camel(column) : undefined),
    cause: err,
  });
}
