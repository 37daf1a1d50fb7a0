import type { ConstraintErrorCode } from '../../schema/constraints';

/**
 * Every error code the API sends as `extensions.code`. Clients branch on these, never on message text.
 * Two sources: the codes the database's named constraints stand for (schema/constraints.ts, the
 * model's own list), and the API's own codes below. JeugdregieError only accepts members of ErrorCode.
 */
export const API_ERROR_CODES = [
  'INTERNAL_SERVER_ERROR',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVALID_CURSOR',
  'REQUIRED',
  'REFERENCE_NOT_FOUND',
  'INVALID_DATE',
  // care domain (integration/zorg): allocations and requests
  'NO_VALID_CONTRACT',
  'INVALID_TRANSITION',
  'IJW_RULE_VIOLATION',
  // a JW301 needs the client's address or phone (TR006): the municipality records it first
  'CLIENT_ADDRESS_REQUIRED',
  // access (api/auth): no or malformed role; role or municipality not allowed
  'UNAUTHENTICATED',
  'FORBIDDEN',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ErrorCode = ApiErrorCode | ConstraintErrorCode;
