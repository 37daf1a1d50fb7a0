/**
 * Key material for bearer tokens. Exactly one source verifies tokens, in this order:
 *   JEUGDREGIE_JWKS_URL          the identity provider's JWKS (fetched on demand, cached; a new `kid` refetches)
 *   JEUGDREGIE_JWT_PUBLIC_KEY    one public key: PEM text, or the path of a PEM file (RSA, EC P-256 or Ed25519)
 *   (neither, not production)    the development key pair: generated once into data/dev-jwt-sleutel.json (or
 *                                JEUGDREGIE_DEV_SLEUTEL), shared by `npm start`, `jeugdregie token` and the tests
 * In production (NODE_ENV=production) a missing key is a start-up error, never a silent dev key.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

export type SleutelBron =
  | { soort: 'jwks'; url: string }
  | { soort: 'pem'; pem: string }
  | { soort: 'dev'; pad: string };

/** The development key pair: ES256, with a `kid` so a JWKS-based deployment and the dev key are handled alike. */
export interface DevSleutel {
  kid: string;
  alg: 'ES256';
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** <project>/data, also when running from dist/. */
export function dataMap(): string {
  const up = path.resolve(__dirname, '..', '..');
  return path.join(path.basename(up) === 'dist' ? path.dirname(up) : up, 'data');
}

export function standaardDevSleutelPad(env: NodeJS.ProcessEnv = process.env): string {
  return env.JEUGDREGIE_DEV_SLEUTEL ?? path.join(dataMap(), 'dev-jwt-sleutel.json');
}

export class SleutelConfigFout extends Error {}

/** Where the verification key comes from, per the environment (see the file comment). */
export function sleutelBronUitEnv(env: NodeJS.ProcessEnv = process.env): SleutelBron {
  if (env.JEUGDREGIE_JWKS_URL) return { soort: 'jwks', url: env.JEUGDREGIE_JWKS_URL };
  const pk = env.JEUGDREGIE_JWT_PUBLIC_KEY;
  if (pk) return { soort: 'pem', pem: pk.includes('-----BEGIN') ? pk : readFileSync(pk, 'utf8') };
  if (env.NODE_ENV === 'production') {
    throw new SleutelConfigFout('no token key configured: set JEUGDREGIE_JWKS_URL or JEUGDREGIE_JWT_PUBLIC_KEY (the dev key is never used in production)');
  }
  return { soort: 'dev', pad: standaardDevSleutelPad(env) };
}

const devSleutels = new Map<string, DevSleutel>();

/**
 * The development key pair at `pad`, generated on first use. Written to a temp file and linked into place, so
 * processes starting together (test workers, `npm start` and the CLI) all end up with the one key that won.
 */
export function devSleutel(pad: string): DevSleutel {
  const bekend = devSleutels.get(pad);
  if (bekend) return bekend;
  let json: string;
  try {
    json = readFileSync(pad, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    json = maakDevSleutel(pad);
  }
  const opgeslagen = JSON.parse(json) as { kid: string; alg: 'ES256'; privateJwk: Record<string, unknown> };
  const privateKey = createPrivateKey({ key: opgeslagen.privateJwk as never, format: 'jwk' });
  const sleutel: DevSleutel = { kid: opgeslagen.kid, alg: opgeslagen.alg, privateKey, publicKey: createPublicKey(privateKey) };
  devSleutels.set(pad, sleutel);
  return sleutel;
}

function maakDevSleutel(pad: string): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const json = JSON.stringify({ kid: `dev-${randomBytes(6).toString('hex')}`, alg: 'ES256', privateJwk: privateKey.export({ format: 'jwk' }) });
  mkdirSync(path.dirname(pad), { recursive: true });
  const tmp = `${pad}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, json, { mode: 0o600 });
  try {
    linkSync(tmp, pad);
    return json;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return readFileSync(pad, 'utf8'); // another process was first: use its key
  } finally {
    unlinkSync(tmp);
  }
}

/** What jose's jwtVerify gets: one key, or a JWKS lookup by the token's `kid`. */
export function verificatieSleutel(bron: SleutelBron): KeyObject | JWTVerifyGetKey {
  switch (bron.soort) {
    // jose caches the set, refetches at most every 30 s for an unknown kid (key rotation) and times out after 5 s.
    case 'jwks': return createRemoteJWKSet(new URL(bron.url), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000, timeoutDuration: 5_000 });
    case 'pem': return createPublicKey(bron.pem);
    case 'dev': return devSleutel(bron.pad).publicKey;
  }
}
