/**
 * The CD/CS rules: per rule one mutation that violates it (with the expected klassePad and pad) and one
 * that stays valid, each on the official example of the type (see harness.ts).
 */
import { conditieRegels } from '../condities.js';
import { elfproef } from '../CS002.js';
import type { Regel } from '../Regel.js';
import { GEVALLEN } from './conditieVarianten.js';
import { expectFindings, expectValid } from './harness.js';

describe.each(conditieRegels.map((r) => [r.code, r] as [string, Regel]))('%s', (code, regel) => {
  const geval = GEVALLEN[code];
  it('has a test case', () => expect(geval).toBeDefined());
  if (!geval) return;
  it('accepts a valid variant', () => expectValid(regel, geval.type, geval.geldig));
  it('rejects a violating variant', () => {
    expectFindings(regel, geval.type, geval.fout, [{ klasse: geval.klassePad === 'Client' ? 'Client' : expect.any(String), klassePad: geval.klassePad, pad: geval.pad }]);
  });
});

describe('elfproef', () => {
  it.each(['999900006', '999900018', '111222333'])('accepts %s', (bsn) => expect(elfproef(bsn)).toBe(true));
  it.each(['999900007', '000000000', '12345678'])('rejects %s', (bsn) => expect(elfproef(bsn)).toBe(false));
});
