import { GraphQLError } from 'graphql';
import type { ErrorCode } from './codes';

/**
 * The one error type the API throws on purpose. `code` and `field` reach the client as
 * `extensions.code` / `extensions.field`; useMaskedErrors lets these pass and masks everything else.
 * `field` names the offending input path as the client sent it (e.g. `input.agbCode`).
 */
export class JeugdregieError extends GraphQLError {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, {
      extensions: { code, ...(options.field ? { field: options.field } : {}) },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.name = 'JeugdregieError';
    this.code = code;
    this.field = options.field;
  }
}

/** A lookup by id or natural key found nothing (only for mutations; queries return null). */
export class NotFoundError extends JeugdregieError {
  constructor(entity: string, key: string, field?: string) {
    super('NOT_FOUND', `${entity} ${key} not found`, { field });
    this.name = 'NotFoundError';
  }
}

/** Input that fails a check before it reaches the database. */
export class InputError extends JeugdregieError {
  constructor(code: ErrorCode, field: string, message: string) {
    super(code, message, { field });
    this.name = 'InputError';
  }
}
