/**
 * Verified tokens are cached by their text for their own validity only (api/auth/tokenCache.ts): a hit answers as the
 * full verification would at that moment — an expired token is refused, a not-yet-valid one too, a tampered one is
 * never a hit — and the cache stays bounded.
 */
import { maakTokenVerifier } from '../api/auth/token';
import { TokenCache } from '../api/auth/tokenCache';
import { devSleutel, standaardDevSleutelPad } from '../api/auth/sleutels';
import { tokenVoor } from './support/rol';

const verifier = () => maakTokenVerifier({ sleutel: { soort: 'dev', pad: standaardDevSleutelPad() }, audience: 'jeugdregie' });

beforeAll(() => {
  devSleutel(standaardDevSleutelPad()); // the key the tokens are signed with
});

test('a cached token is refused once it has expired, and before it is valid, as the verification itself would', async () => {
  const v = verifier();
  const nu = Math.floor(Date.now() / 1000);
  const token = tokenVoor('beheer', { claims: { iat: nu, exp: nu + 600, nbf: nu } });
  expect((await v.verifieer(token)).rol).toEqual({ soort: 'beheer' });
  expect((await v.verifieer(token)).rol).toEqual({ soort: 'beheer' }); // from the cache
  // 30 s skew: still valid just before exp + 30, refused from exp + 30 on
  expect((await v.verifieer(token, new Date((nu + 629) * 1000))).rol).toEqual({ soort: 'beheer' });
  await expect(v.verifieer(token, new Date((nu + 630) * 1000))).rejects.toMatchObject({ reden: 'expired' });
  // and not before nbf − 30 s
  await expect(v.verifieer(token, new Date((nu - 31) * 1000))).rejects.toMatchObject({ reden: 'not_yet_valid' });
  expect((await v.verifieer(token)).rol).toEqual({ soort: 'beheer' });
});

test('a token that differs in one byte from a cached one is verified, and refused', async () => {
  const v = verifier();
  const token = tokenVoor('regio:ZHZ');
  await v.verifieer(token);
  const [kop, inhoud, handtekening] = token.split('.');
  const ander = JSON.parse(Buffer.from(inhoud!, 'base64url').toString());
  const vervalst = `${kop}.${Buffer.from(JSON.stringify({ ...ander, scope: 'beheer' })).toString('base64url')}.${handtekening}`;
  await expect(v.verifieer(vervalst)).rejects.toMatchObject({ reden: 'signature' });
});

test('the cache is bounded: past its size the oldest entry goes', () => {
  const c = new TokenCache<number>(2);
  c.set('a', 1, { vanafS: 0, totS: 100 });
  c.set('b', 2, { vanafS: 0, totS: 100 });
  c.set('c', 3, { vanafS: 0, totS: 100 });
  expect(c.size).toBe(2);
  expect([c.get('a', 50), c.get('b', 50), c.get('c', 50)]).toEqual([undefined, 2, 3]);
  expect(c.get('b', 101)).toBeUndefined();
  expect(c.size).toBe(1);
});
