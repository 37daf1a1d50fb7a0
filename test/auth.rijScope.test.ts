/**
 * How a scope remembers the rows it read (api/auth/RijScope.ts): a mark counts only in the scope (request) that made
 * it and only for the table it was read from; what cannot carry a mark, or was never read, is not taken as visible
 * (zichtbaarheid.ts then checks it in PostgreSQL); the mark never shows in a response.
 */
import { RijScope } from '../api/auth/RijScope';

const regio = () => new RijScope({ soort: 'regio', regio: 'ZHZ' });

test('a mark counts only in its own scope and for its own table', () => {
  const a = regio();
  const b = regio();
  const rij = { id: 'c1', reference: 'X' };
  a.gelezen('contract', [rij, null]);
  expect(a.isGelezen('contract', rij)).toBe(true);
  expect(a.isGelezen('tariff', rij)).toBe(false);
  expect(b.isGelezen('contract', rij)).toBe(false); // another request's scope
  expect(a.isGelezen('contract', { id: 'c1', reference: 'X' })).toBe(false); // an equal object that was not read
  b.gelezen('provider', [rij]);
  expect(b.isGelezen('provider', rij)).toBe(true);
});

test('frozen objects are not marked (and do not throw); beheer marks nothing; the mark is not serialised', () => {
  const s = regio();
  const bevroren = Object.freeze({ id: 'p1' });
  expect(() => s.gelezen('provider', [bevroren])).not.toThrow();
  expect(s.isGelezen('provider', bevroren)).toBe(false);
  const rij = { id: 'c2' };
  new RijScope({ soort: 'beheer' }).gelezen('contract', [rij]);
  expect(Object.getOwnPropertySymbols(rij)).toEqual([]);
  s.gelezen('contract', [rij]);
  expect(JSON.stringify(rij)).toBe('{"id":"c2"}');
  expect(Object.keys(rij)).toEqual(['id']);
});
