/**
 * Authentication (issue 7, item 1): bearer tokens verified by api/auth/token.ts — signature, algorithm, audience,
 * issuer, expiry and lifetime, nbf — and the scope claim mapped to one Rol. Over HTTP: a bad token refuses the whole
 * request with 401 + UNAUTHENTICATED + a reason; no token is anonymous; the old x-jeugdregie-rol header is ignored.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK } from 'jose';
import { rolUitScope } from '../api/auth/Rol';
import { SleutelConfigFout, devSleutel, sleutelBronUitEnv, standaardDevSleutelPad } from '../api/auth/sleutels';
import { maakTokenVerifier, tokenConfigUitEnv, type TokenVerifier } from '../api/auth/token';
import { TokenFout } from '../api/auth/TokenFout';
import { demoTokenRegels } from '../api/auth/tokenDemo';
import { muntDevToken } from '../api/auth/tokenUitgifte';
import { loadDemoData } from '../api/boot/demoData';
import { createServer, type RunningServer } from '../api/server';
import { useTestDatabase } from './support/db';
import { bearer, gqlAls, gqlMet, tokenVoor, vreemdeSleutel } from './support/rol';

const db = useTestDatabase();
let server: RunningServer;
const dev: TokenVerifier = maakTokenVerifier(tokenConfigUitEnv({ NODE_ENV: 'test' }));
const nu = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => {} });
});
afterAll(() => server?.stop());

/** The reason a token is refused, or 'ok' with the role's scope string. */
async function uitkomst(v: TokenVerifier, token: string): Promise<string> {
  try {
    const { rol } = await v.verifieer(token);
    return `ok ${JSON.stringify(rol)}`;
  } catch (e) {
    if (e instanceof TokenFout) return e.reden;
    throw e;
  }
}

describe('the scope claim → one Rol', () => {
  test('each role, several municipalities, other scopes ignored', () => {
    expect(rolUitScope('gemeente:0505')).toEqual({ rol: { soort: 'gemeente', gemeenten: ['0505'] } });
    expect(rolUitScope('openid gemeente:0505,0512 gemeente:0512 profile')).toEqual({ rol: { soort: 'gemeente', gemeenten: ['0505', '0512'] } });
    expect(rolUitScope('regio:ZHZ')).toEqual({ rol: { soort: 'regio', regio: 'ZHZ' } });
    expect(rolUitScope(['aanbieder:12345678'])).toEqual({ rol: { soort: 'aanbieder', agb: '12345678' } });
    expect(rolUitScope('beheer')).toEqual({ rol: { soort: 'beheer' } });
  });
  test('no role, a malformed code, or two roles: unusable, never a union of rights', () => {
    for (const s of ['', 'openid', 'gemeente:363', 'gemeente:', 'regio:Z/H', 'aanbieder:1234', 'regio:ZHZ gemeente:0505', 'beheer aanbieder:12345678', 'regio:A regio:B']) {
      const r = rolUitScope(s);
      expect([s, r.rol]).toEqual([s, null]);
      expect(r.fout).toBeTruthy();
    }
  });
});

describe('verification', () => {
  test('a valid token per role gives that role, with sub', async () => {
    expect(await uitkomst(dev, tokenVoor('gemeente:0505'))).toBe('ok {"soort":"gemeente","gemeenten":["0505"]}');
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ'))).toBe('ok {"soort":"regio","regio":"ZHZ"}');
    expect(await uitkomst(dev, tokenVoor('aanbieder:12345678'))).toBe('ok {"soort":"aanbieder","agb":"12345678"}');
    expect(await uitkomst(dev, tokenVoor('beheer'))).toBe('ok {"soort":"beheer"}');
    expect((await dev.verifieer(tokenVoor('beheer'))).subject).toBe('test:beheer');
  });

  test('a header verified once is answered from the cache; a token altered in any character is still verified and refused', async () => {
    const v = maakTokenVerifier(tokenConfigUitEnv({ NODE_ENV: 'test' }));
    const token = tokenVoor('regio:ZHZ');
    expect(await v.uitAuthorization(`Bearer ${token}`)).toEqual(await v.uitAuthorization(`Bearer ${token}`));
    const [kop, inhoud, handtekening] = token.split('.');
    const anders = `${kop}.${inhoud}.${handtekening!.slice(0, -2)}${handtekening!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(v.uitAuthorization(`Bearer ${anders}`)).rejects.toMatchObject({ reden: 'signature' });
    expect((await v.uitAuthorization(`Bearer ${token}`)).rol).toEqual({ soort: 'regio', regio: 'ZHZ' });
  });
  test('expired; exp more than an hour after iat or after now; no exp; nbf in the future', async () => {
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { iat: nu() - 3000, exp: nu() - 60 } }))).toBe('expired');
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { ttl: 3601 }))).toBe('lifetime');
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { iat: undefined, exp: nu() + 7200 } }))).toBe('lifetime');
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { iat: nu() + 3000, exp: nu() + 6000 } }))).toBe('lifetime');
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { exp: undefined } }))).toBe('lifetime');
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { nbf: nu() + 600 } }))).toBe('not_yet_valid');
    // Within the 30 s clock skew, and exactly one hour: accepted.
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { nbf: nu() + 10 } }))).toMatch(/^ok/);
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { ttl: 3600 }))).toMatch(/^ok/);
  });

  test('wrong audience; audience missing; issuer checked only when configured', async () => {
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { aud: 'iwlz' } }))).toBe('audience');
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { aud: undefined } }))).toBe('audience');
    expect(await uitkomst(dev, tokenVoor('regio:ZHZ', { claims: { aud: ['iwlz', 'jeugdregie'] } }))).toMatch(/^ok/);
    const metIss = maakTokenVerifier({ ...dev.config, issuer: 'https://idp.zhz.nl' });
    expect(await uitkomst(metIss, tokenVoor('regio:ZHZ'))).toBe('issuer');
    expect(await uitkomst(metIss, tokenVoor('regio:ZHZ', { claims: { iss: 'https://idp.zhz.nl' } }))).toMatch(/^ok/);
    const andereAud = maakTokenVerifier(tokenConfigUitEnv({ NODE_ENV: 'test', JEUGDREGIE_JWT_AUDIENCE: 'jr-test' }));
    expect(await uitkomst(andereAud, tokenVoor('regio:ZHZ'))).toBe('audience');
    expect(await uitkomst(andereAud, tokenVoor('regio:ZHZ', { claims: { aud: 'jr-test' } }))).toMatch(/^ok/);
  });

  test('wrong key, alg none, HS256 with the public key as secret, garbage: refused', async () => {
    expect(await uitkomst(dev, tokenVoor('beheer', { sleutel: vreemdeSleutel().privateKey }))).toBe('signature');
    expect(await uitkomst(dev, tokenVoor('beheer', { alg: 'RS256', sleutel: vreemdeSleutel('rsa').privateKey }))).toBe('signature');
    expect(await uitkomst(dev, tokenVoor('beheer', { alg: 'none' }))).toBe('algorithm');
    expect(await uitkomst(dev, tokenVoor('beheer', { alg: 'HS256' }))).toBe('algorithm');
    expect(await uitkomst(dev, 'abc.def.ghi')).toBe('malformed');
    // A token whose scope grants no role is authentic but unusable.
    expect(await uitkomst(dev, tokenVoor('openid profile'))).toBe('scope');
  });

  test('JEUGDREGIE_JWT_PUBLIC_KEY (PEM): RS256 or EdDSA from that key only', async () => {
    const rsa = vreemdeSleutel('rsa');
    const v = maakTokenVerifier(tokenConfigUitEnv({ NODE_ENV: 'production', JEUGDREGIE_JWT_PUBLIC_KEY: rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string }));
    expect(await uitkomst(v, tokenVoor('aanbieder:12345678', { alg: 'RS256', sleutel: rsa.privateKey }))).toBe('ok {"soort":"aanbieder","agb":"12345678"}');
    expect(await uitkomst(v, tokenVoor('aanbieder:12345678'))).toBe('signature'); // the dev key is not trusted here
    expect(await uitkomst(v, tokenVoor('aanbieder:12345678', { alg: 'HS256' }))).toBe('algorithm');
    const ed = vreemdeSleutel('ed25519');
    const vEd = maakTokenVerifier(tokenConfigUitEnv({ NODE_ENV: 'production', JEUGDREGIE_JWT_PUBLIC_KEY: ed.publicKey.export({ type: 'spki', format: 'pem' }) as string }));
    expect(await uitkomst(vEd, tokenVoor('beheer', { alg: 'EdDSA', sleutel: ed.privateKey }))).toBe('ok {"soort":"beheer"}');
    expect(await uitkomst(vEd, tokenVoor('beheer', { alg: 'EdDSA', sleutel: vreemdeSleutel('ed25519').privateKey }))).toBe('signature');
  });

  test('JEUGDREGIE_JWKS_URL: the key by kid; an unknown kid refused; fetched once and cached', async () => {
    const ec = vreemdeSleutel();
    let opgehaald = 0;
    const jwks = http.createServer(async (_req, res) => {
      opgehaald++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [{ ...(await exportJWK(ec.publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' }] }));
    });
    await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
      const v = maakTokenVerifier(tokenConfigUitEnv({ NODE_ENV: 'production', JEUGDREGIE_JWKS_URL: url }));
      expect(await uitkomst(v, tokenVoor('regio:ZHZ', { sleutel: ec.privateKey, kid: 'idp-1' }))).toBe('ok {"soort":"regio","regio":"ZHZ"}');
      expect(await uitkomst(v, tokenVoor('gemeente:0505', { sleutel: ec.privateKey, kid: 'idp-1' }))).toMatch(/^ok/);
      expect(opgehaald).toBe(1);
      expect(await uitkomst(v, tokenVoor('regio:ZHZ', { sleutel: ec.privateKey, kid: 'idp-2' }))).toBe('unknown_key');
      expect(await uitkomst(v, tokenVoor('regio:ZHZ', { sleutel: vreemdeSleutel().privateKey, kid: 'idp-1' }))).toBe('signature');
    } finally {
      await new Promise<void>((r) => jwks.close(() => r()));
    }
  });

  test('an unreachable JWKS: key_unavailable (logged for the operator), not a bad signature', async () => {
    const gelogd: unknown[] = [];
    const dicht = http.createServer();
    await new Promise<void>((r) => dicht.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(dicht.address() as AddressInfo).port}/jwks.json`;
    await new Promise<void>((r) => dicht.close(() => r())); // nothing listens there any more
    const v = maakTokenVerifier(tokenConfigUitEnv({ NODE_ENV: 'production', JEUGDREGIE_JWKS_URL: url }), { log: (e) => gelogd.push(e) });
    expect(await uitkomst(v, tokenVoor('regio:ZHZ', { kid: 'idp-1' }))).toBe('key_unavailable');
    expect(gelogd).toHaveLength(1);
  });

  test('production without a configured key refuses to start (no silent dev key)', () => {
    expect(() => sleutelBronUitEnv({ NODE_ENV: 'production' })).toThrow(SleutelConfigFout);
    expect(sleutelBronUitEnv({ NODE_ENV: 'development' })).toEqual({ soort: 'dev', pad: standaardDevSleutelPad({}) });
  });

  test('muntDevToken (the CLI and npm start) makes tokens this server accepts, at most an hour', async () => {
    const t = await muntDevToken({ soort: 'gemeente', gemeenten: ['0505'] }, { ttl: 60 });
    expect(await uitkomst(dev, t)).toBe('ok {"soort":"gemeente","gemeenten":["0505"]}');
    await expect(muntDevToken({ soort: 'beheer' }, { ttl: 3601 })).rejects.toThrow(RangeError);
    const kop = JSON.parse(Buffer.from(t.split('.')[0]!, 'base64url').toString()) as { alg: string; kid: string };
    expect(kop).toMatchObject({ alg: 'ES256', kid: devSleutel(standaardDevSleutelPad()).kid });
  });
});

test('npm start prints a working Authorization line per demo role, only when the dev key is trusted', async () => {
  await loadDemoData(db.dataSource);
  const regels = await demoTokenRegels(db.dataSource, dev);
  const tokens = regels.filter((r) => r.startsWith('    Authorization: Bearer ')).map((r) => r.slice('    Authorization: Bearer '.length));
  const rollen = await Promise.all(tokens.map(async (t) => (await dev.verifieer(t)).rol));
  expect(rollen).toEqual([
    { soort: 'gemeente', gemeenten: ['0505'] }, { soort: 'regio', regio: 'ZHZ' }, { soort: 'aanbieder', agb: expect.stringMatching(/^\d{8}$/) }, { soort: 'beheer' },
  ]);
  expect(regels.filter((r) => r.includes('(npx jeugdregie token --role '))).toHaveLength(4);
  const pem = vreemdeSleutel().publicKey.export({ type: 'spki', format: 'pem' }) as string;
  expect(await demoTokenRegels(db.dataSource, maakTokenVerifier(tokenConfigUitEnv({ JEUGDREGIE_JWT_PUBLIC_KEY: pem })))).toEqual([]);
});

describe('over HTTP', () => {
  // Needs a role (gemeente only); an unknown BSN gives null for the owning municipality.
  const Q = `{ clientByBsn(gemeenteCode: "0505", bsn: "123456782") { id } }`;

  test('a valid token reaches the data; no token is anonymous (UNAUTHENTICATED at the field, HTTP 200)', async () => {
    expect(await gqlAls(server.url, 'gemeente:0505', Q)).toEqual({ status: 200, data: { clientByBsn: null } });
    const anoniem = await gqlAls(server.url, null, Q);
    expect(anoniem.status).toBe(200);
    expect(anoniem.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['UNAUTHENTICATED', 'authorization']]);
  });

  test('the x-jeugdregie-rol header is not trusted: with it and no token, the request is anonymous', async () => {
    const r = await gqlMet(server.url, { 'x-jeugdregie-rol': 'gemeente:0505' }, Q);
    expect(r.data).toEqual({ clientByBsn: null });
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  test('a bad token: 401, UNAUTHENTICATED with its reason, a Bearer challenge, nothing resolved', async () => {
    const gevallen: [Record<string, string>, string][] = [
      [bearer(tokenVoor('gemeente:0505', { claims: { iat: nu() - 4000, exp: nu() - 400 } })), 'expired'],
      [bearer(tokenVoor('gemeente:0505', { claims: { aud: 'elders' } })), 'audience'],
      [bearer(tokenVoor('gemeente:0505', { sleutel: vreemdeSleutel().privateKey })), 'signature'],
      [bearer(tokenVoor('gemeente:0505', { alg: 'none' })), 'algorithm'],
      [bearer(tokenVoor('gemeente:0505', { ttl: 7200 })), 'lifetime'],
      [{ authorization: 'Basic Z2VtZWVudGU6MDUwNQ==' }, 'malformed'],
    ];
    for (const [headers, reden] of gevallen) {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: Q }) });
      const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
      expect([reden, res.status]).toEqual([reden, 401]);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="jeugdregie", error="invalid_token"/);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', field: 'authorization', reden });
    }
  });
});
