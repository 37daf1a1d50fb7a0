import { createHmac } from 'node:crypto';

/**
 * A client's keyed pseudonym: HMAC-SHA256(secret, BSN) as 64 hex characters. Regional roles, projections,
 * exports and logs see only this; the BSN stays in the care tables of the owning municipality.
 * The secret comes from JEUGDREGIE_PSEUDONYM_SECRET; the default is for development and tests only.
 */
export const DEV_PSEUDONYM_SECRET = 'jeugdregie-dev-pseudoniem-niet-in-productie';

export function pseudonymSecret(): string {
  return process.env.JEUGDREGIE_PSEUDONYM_SECRET || DEV_PSEUDONYM_SECRET;
}

export function pseudoniem(bsn: string, secret: string = pseudonymSecret()): string {
  return createHmac('sha256', secret).update(bsn, 'utf8').digest('hex');
}
