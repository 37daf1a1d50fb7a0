/**
 * How a test acts as a role: `gemeente:0505`, `regio:ZHZ`, `aanbieder:12345678`, `beheer` (null: anonymous).
 * The one place that turns a role into request headers: a bearer token whose `scope` is the role string, signed
 * with the development key the server under test trusts (api/auth/sleutels.ts, data/dev-jwt-sleutel.json).
 * Tokens are built here by hand with node:crypto (not with the product's minting code), so the tests check the
 * verifier against an independent signer, and so hostile tokens (alg none, HS256, expired, wrong audience) are easy.
 */
import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { devSleutel, standaardDevSleutelPad } from '../../api/auth/sleutels';

export interface TokenOpties {
  /** Claims to set or override (`undefined` removes one), e.g. { aud: 'ander' }, { exp: undefined }. */
  claims?: Record<string, unknown>;
  /** Seconds from now until exp (default 600); ignored when claims.exp is given. */
  ttl?: number;
  /** Default ES256 with the dev key. 'none' gives an unsigned token; 'HS256' signs with the dev public key as secret. */
  alg?: 'ES256' | 'RS256' | 'EdDSA' | 'none' | 'HS256';
  /** Sign with another key (wrong-key tests); RS256 needs an RSA key, EdDSA an Ed25519 key. */
  sleutel?: KeyObject;
  kid?: string;
}

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** A JWT for the scope string `rol`, valid for the server under test unless `opties` say otherwise. */
export function tokenVoor(rol: string, opties: TokenOpties = {}): string {
  const dev = devSleutel(standaardDevSleutelPad());
  const alg = opties.alg ?? 'ES256';
  const nu = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    scope: rol, aud: 'jeugdregie', iss: 'jeugdregie-test', sub: `test:${rol}`, iat: nu, exp: nu + (opties.ttl ?? 600), ...opties.claims,
  };
  const kop = b64({ alg, typ: 'JWT', kid: opties.kid ?? (opties.sleutel ? 'vreemd' : dev.kid) });
  const inhoud = `${kop}.${b64(claims)}`;
  if (alg === 'none') return `${inhoud}.`;
  if (alg === 'HS256') {
    // The classic confusion attack: the public key (which anyone may have) used as an HMAC secret.
    return `${inhoud}.${createHmac('sha256', dev.publicKey.export({ format: 'pem', type: 'spki' })).update(inhoud).digest('base64url')}`;
  }
  const sleutel = opties.sleutel ?? dev.privateKey;
  const handtekening = alg === 'ES256'
    ? sign('sha256', Buffer.from(inhoud), { key: sleutel, dsaEncoding: 'ieee-p1363' })
    : sign(alg === 'EdDSA' ? null : 'sha256', Buffer.from(inhoud), sleutel);
  return `${inhoud}.${handtekening.toString('base64url')}`;
}

/** A key pair the server does not know. */
export function vreemdeSleutel(soort: 'ec' | 'rsa' | 'ed25519' = 'ec'): { privateKey: KeyObject; publicKey: KeyObject } {
  if (soort === 'ed25519') return generateKeyPairSync('ed25519');
  return soort === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export function rolHeaders(rol: string | null): Record<string, string> {
  return rol ? bearer(tokenVoor(rol)) : {};
}

export interface GqlAntwoord<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

/** POST a GraphQL operation to `url` as `rol`. */
export async function gqlAls<T = any>(url: string, rol: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlAntwoord<T>> {
  return gqlMet(url, rolHeaders(rol), query, variables);
}

/** POST a GraphQL operation with the given headers (e.g. bearer(tokenVoor(…, { alg: 'none' }))). */
export async function gqlMet<T = any>(url: string, headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<GqlAntwoord<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as Omit<GqlAntwoord<T>, 'status'>), status: res.status };
}
