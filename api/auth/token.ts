/**
 * Bearer-token verification (jose): signature (RS256, ES256 or EdDSA only: never `none`, never HS* with a public
 * key), `aud` always, `iss` when configured, `exp` required and at most an hour after `iat` (and after now), `nbf`
 * honoured, 30 s clock skew. The verified `scope` claim becomes the caller's Rol (./Rol.ts). Configuration from the
 * environment (tokenConfigUitEnv) or passed in (tests).
 */
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { KeyObject } from 'node:crypto';
import type { Rol, RolUitHeader } from './Rol';
import { rolUitScope } from './Rol';
import { sleutelBronUitEnv, verificatieSleutel, type SleutelBron } from './sleutels';
import { TokenFout } from './TokenFout';

export const TOEGESTANE_ALGORITMEN = ['RS256', 'ES256', 'EdDSA'] as const;
/** Issue 7: a token lives at most an hour. */
export const MAX_LEVENSDUUR_S = 3600;
export const STANDAARD_AUDIENCE = 'jeugdregie';
const KLOKMARGE_S = 30;

export interface TokenConfig {
  sleutel: SleutelBron;
  audience: string;
  /** Checked only when set (JEUGDREGIE_JWT_ISSUER). */
  issuer?: string;
}

export function tokenConfigUitEnv(env: NodeJS.ProcessEnv = process.env): TokenConfig {
  return {
    sleutel: sleutelBronUitEnv(env),
    audience: env.JEUGDREGIE_JWT_AUDIENCE || STANDAARD_AUDIENCE,
    ...(env.JEUGDREGIE_JWT_ISSUER ? { issuer: env.JEUGDREGIE_JWT_ISSUER } : {}),
  };
}

export interface GeverifieerdToken {
  rol: Rol;
  /** `sub`: who (a person or system at the organisation); recorded beside the role, e.g. in the audit log. */
  subject?: string;
  claims: JWTPayload;
}

export interface TokenVerifier {
  readonly config: TokenConfig;
  /** Throws TokenFout for every token that cannot be used. */
  verifieer(token: string, nu?: Date): Promise<GeverifieerdToken>;
  /** An `Authorization` header: absent → anonymous ({ rol: null }); present → a verified role, or TokenFout. */
  uitAuthorization(header: string | string[] | undefined): Promise<RolUitHeader & { subject?: string }>;
}

export interface VerifierOpties {
  /** Where an unreachable key set is reported (an operator's problem, not the client's); default console.error. */
  log?: (fout: unknown) => void;
}

export function maakTokenVerifier(config: TokenConfig, opties: VerifierOpties = {}): TokenVerifier {
  const log = opties.log ?? ((e: unknown) => console.error('[auth] the token key set could not be fetched', e));
  const sleutel: KeyObject | JWTVerifyGetKey = verificatieSleutel(config.sleutel);
  const geverifieerd = new VerificatieCache();
  const verifier: TokenVerifier = {
    config,
    async verifieer(token, nu = new Date()) {
      let claims: JWTPayload;
      try {
        const opties = {
          algorithms: [...TOEGESTANE_ALGORITMEN],
          audience: config.audience,
          ...(config.issuer ? { issuer: config.issuer } : {}),
          requiredClaims: ['exp'],
          clockTolerance: KLOKMARGE_S,
          currentDate: nu,
        };
        // jwtVerify's overloads differ per key kind; both branches take the same options.
        claims = (typeof sleutel === 'function' ? await jwtVerify(token, sleutel, opties) : await jwtVerify(token, sleutel, opties)).payload;
      } catch (e) {
        const fout = alsTokenFout(e, config);
        if (fout.reden === 'key_unavailable') log(e);
        throw fout;
      }
      const nuS = Math.floor(nu.getTime() / 1000);
      const exp = claims.exp!;
      if (exp - (claims.iat ?? nuS) > MAX_LEVENSDUUR_S || exp - nuS > MAX_LEVENSDUUR_S + KLOKMARGE_S) {
        throw new TokenFout('lifetime', `the token is valid for more than ${MAX_LEVENSDUUR_S} s; mint one that expires within the hour`);
      }
      const scope = typeof claims.scope === 'string' || Array.isArray(claims.scope) ? claims.scope : Array.isArray(claims.scp) ? claims.scp : undefined;
      const { rol, fout } = rolUitScope(scope as string | string[] | undefined);
      if (!rol) throw new TokenFout('scope', fout ?? 'the token grants no role');
      return { rol, claims, ...(claims.sub ? { subject: claims.sub } : {}) };
    },
    async uitAuthorization(header) {
      if (header === undefined) return { rol: null };
      const waarde = Array.isArray(header) ? header.join(',') : header;
      const m = /^Bearer +([A-Za-z0-9_=-]+\.[A-Za-z0-9_=-]*\.[A-Za-z0-9_=-]*)\s*$/i.exec(waarde);
      if (!m) throw new TokenFout('malformed', 'the Authorization header must be "Bearer <JWT>"');
      const token = m[1]!;
      const bekend = geverifieerd.get(token, Date.now());
      if (bekend) return bekend;
      const { rol, subject, claims } = await verifier.verifieer(token);
      const resultaat = { rol, ...(subject ? { subject } : {}) };
      geverifieerd.set(token, resultaat, Math.min(claims.exp! * 1000, Date.now() + CACHE_MS));
      return resultaat;
    },
  };
  return verifier;
}

/**
 * Tokens that verified, by their exact text, until their exp but at most CACHE_MS: a client sends the same token with
 * every request, and its signature check cost ~0.3 ms each time (bench:graphql). Only successes are kept; the bound
 * keeps a key removed from the key set effective within a minute. Bounded in size: full, it starts over.
 */
const CACHE_MS = 60_000;
const CACHE_MAX = 10_000;
class VerificatieCache {
  private readonly tokens = new Map<string, { resultaat: RolUitHeader & { subject?: string }; tot: number }>();

  get(token: string, nu: number): (RolUitHeader & { subject?: string }) | undefined {
    const t = this.tokens.get(token);
    if (!t) return undefined;
    if (nu < t.tot) return t.resultaat;
    this.tokens.delete(token);
    return undefined;
  }

  set(token: string, resultaat: RolUitHeader & { subject?: string }, tot: number): void {
    if (this.tokens.size >= CACHE_MAX) this.tokens.clear();
    this.tokens.set(token, { resultaat, tot });
  }
}

/** jose's errors, as the reason a client can act on. Nothing of the key or the token is echoed. */
function alsTokenFout(e: unknown, config: TokenConfig): TokenFout {
  if (e instanceof errors.JWTExpired) return new TokenFout('expired', 'the token has expired; mint a new one', e);
  if (e instanceof errors.JWTClaimValidationFailed) {
    switch (e.claim) {
      case 'aud': return new TokenFout('audience', `the token is not for this service (aud must be ${config.audience})`, e);
      case 'iss': return new TokenFout('issuer', 'the token comes from an issuer this service does not trust', e);
      case 'nbf': return new TokenFout('not_yet_valid', 'the token is not valid yet (nbf)', e);
      case 'exp': return new TokenFout('lifetime', 'the token has no expiry (exp)', e);
      default: return new TokenFout('malformed', `the token's ${e.claim} claim is invalid`, e);
    }
  }
  if (e instanceof errors.JOSEAlgNotAllowed) return new TokenFout('algorithm', `the token's algorithm is not accepted (use ${TOEGESTANE_ALGORITMEN.join(', ')})`, e);
  if (e instanceof errors.JWSSignatureVerificationFailed) return new TokenFout('signature', 'the token signature does not verify', e);
  if (e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWKSMultipleMatchingKeys) return new TokenFout('unknown_key', 'no key in the key set matches the token (kid)', e);
  // From a JWKS, anything but jose's own verdict (a timeout, a refused connection, an HTTP error) means no keys.
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid || (config.sleutel.soort === 'jwks' && !(e instanceof errors.JOSEError))) {
    return new TokenFout('key_unavailable', 'the key set could not be fetched; try again', e);
  }
  // A key of another kind than the algorithm (e.g. an RSA token for an EC key) is refused by jose as a TypeError / JOSENotSupported.
  if (e instanceof errors.JOSENotSupported || e instanceof TypeError) return new TokenFout('signature', 'the token is not signed with the configured key', e);
  return new TokenFout('malformed', 'the token is not a valid JWT', e);
}
