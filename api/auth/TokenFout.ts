import { HeaderMap } from '@apollo/server';
import type { UnauthenticatedReason } from '../errors/codes';
import { JeugdregieError } from '../errors/JeugdregieError';
import { ROL_HEADER } from './Rol';

/**
 * A bearer token that was presented but cannot be used: UNAUTHENTICATED with `extensions.reden`, HTTP 401 and a
 * `WWW-Authenticate: Bearer error="invalid_token"` challenge (RFC 6750). Thrown while the request context is built,
 * so the whole request is refused: a client with a bad credential learns it at once, not field by field.
 */
export class TokenFout extends JeugdregieError {
  readonly reden: UnauthenticatedReason;

  constructor(reden: UnauthenticatedReason, message: string, cause?: unknown) {
    super('UNAUTHENTICATED', message, { field: ROL_HEADER, cause });
    this.name = 'TokenFout';
    this.reden = reden;
    // Apollo takes status and headers from `extensions.http` and strips it from the response body.
    Object.assign(this.extensions, {
      reden,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', wwwAuthenticate(message)]]) },
    });
  }
}

/** The RFC 6750 challenge; the description without quotes or backslashes, as the grammar asks. */
export function wwwAuthenticate(beschrijving?: string): string {
  if (!beschrijving) return 'Bearer realm="jeugdregie"';
  return `Bearer realm="jeugdregie", error="invalid_token", error_description="${beschrijving.replace(/["\\]/g, "'")}"`;
}
