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
  // GraphQL hardening (api/plugins): refused before execution
  'DEPTH_LIMIT_EXCEEDED',
  'COMPLEXITY_LIMIT_EXCEEDED',
  'OPERATION_NOT_ALLOWED',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ErrorCode = ApiErrorCode | ConstraintErrorCode;

/**
 * Why a bearer token was refused: `extensions.reden` beside code UNAUTHENTICATED (api/auth/TokenFout.ts), so a
 * client can tell "mint a new token" (expired) from "wrong configuration" (audience, signature, key).
 */
export const UNAUTHENTICATED_REASONS = [
  'malformed', // not `Authorization: Bearer <JWT>`, or not a JWT
  'algorithm', // alg outside RS256/ES256/EdDSA (never none, never HS*)
  'signature', // signature does not verify with the configured key
  'unknown_key', // no key with the token's kid in the JWKS
  'key_unavailable', // the JWKS could not be fetched
  'expired',
  'not_yet_valid', // nbf in the future
  'lifetime', // no exp, or valid for more than an hour
  'audience',
  'issuer',
  'scope', // verified, but the scope claim grants no usable role
] as const;

export type UnauthenticatedReason = (typeof UNAUTHENTICATED_REASONS)[number];
