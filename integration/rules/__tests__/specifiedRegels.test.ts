import { HEENBERICHTEN } from '../../ijw/berichttypen.js';
import { alleRegels, regelsPerBericht, specifiedRegels } from '../index.js';
import { runRegelsSync } from '../runRegels.js';
import { basis, testBronnen } from './harness.js';

describe('specifiedRegels', () => {
  it('is frozen, one entry per code, each with a 4-character retourcode', () => {
    expect(Object.isFrozen(specifiedRegels)).toBe(true);
    const codes = specifiedRegels.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of specifiedRegels) expect(r.retourcode).toMatch(/^[0-9A-Z]{4}$/);
  });

  it('groups the rules per message type', () => {
    expect(regelsPerBericht.JW301.map((r) => r.code)).toContain('TR302');
    expect(regelsPerBericht.JW301.map((r) => r.code)).not.toContain('TR358');
    expect(regelsPerBericht.JW302).toEqual([]);
    expect(alleRegels.length).toBeGreaterThanOrEqual(specifiedRegels.length);
  });

  it.each([...HEENBERICHTEN, 'JW325' as const])('the (corrected) official %s passes every rule', (type) => {
    expect(runRegelsSync(type, basis(type), { bronnen: testBronnen, alleNiveaus: true })).toEqual([]);
  });
});
