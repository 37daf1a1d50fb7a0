/**
 * Minting tokens, for development and tests only: signed with the development key (./sleutels.ts), which only a
 * non-production instance trusts. Production tokens come from the organisation's identity provider.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { scopeVoorRol, type Rol } from './Rol';
import { devSleutel, standaardDevSleutelPad } from './sleutels';
import { MAX_LEVENSDUUR_S, STANDAARD_AUDIENCE } from './token';

export const DEV_ISSUER = 'jeugdregie-dev';

export interface MuntOpties {
  /** Seconds, at most MAX_LEVENSDUUR_S (default). */
  ttl?: number;
  sub?: string;
  audience?: string;
  issuer?: string;
  /** The dev key file (default JEUGDREGIE_DEV_SLEUTEL or data/dev-jwt-sleutel.json). */
  sleutelPad?: string;
  nu?: Date;
}

/** A token for `rol` (or a raw scope string, so tests can present malformed scopes) signed with the dev key. */
export async function muntDevToken(rol: Rol | string, opties: MuntOpties = {}): Promise<string> {
  const ttl = opties.ttl ?? MAX_LEVENSDUUR_S;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_LEVENSDUUR_S) throw new RangeError(`ttl must be 1..${MAX_LEVENSDUUR_S} seconds`);
  const sleutel = devSleutel(opties.sleutelPad ?? standaardDevSleutelPad());
  const iat = Math.floor((opties.nu ?? new Date()).getTime() / 1000);
  const scope = typeof rol === 'string' ? rol : scopeVoorRol(rol);
  return new SignJWT({ scope })
    .setProtectedHeader({ alg: sleutel.alg, kid: sleutel.kid, typ: 'JWT' })
    .setIssuer(opties.issuer ?? process.env.JEUGDREGIE_JWT_ISSUER ?? DEV_ISSUER)
    .setAudience(opties.audience ?? (process.env.JEUGDREGIE_JWT_AUDIENCE || STANDAARD_AUDIENCE))
    .setSubject(opties.sub ?? `dev:${scope.replace(/\s+/g, '+')}`)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttl)
    .sign(sleutel.privateKey);
}
