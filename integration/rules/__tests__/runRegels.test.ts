import type { Regel } from '../Regel.js';
import { runRegels, runRegelsSync } from '../runRegels.js';
import { valideer } from '../valideer.js';
import { basis, testBronnen, voorbeeldXml } from './harness.js';

const meld = (code: string, controleniveau: Regel['controleniveau'], n = 1, retourcode = '0001'): Regel => ({
  code,
  titel: code,
  retourcode,
  controleniveau,
  berichten: ['JW305'],
  check(_b, ctx) {
    for (let i = 0; i < n; i++) ctx.report({ klasse: 'Header', klassePad: 'Header', pad: 'Header', melding: `${code} ${i}` });
  },
});

const asyncRegel: Regel = {
  ...meld('X900', 'berichtoverstijgend', 1, '9019'),
  async check(_b, ctx) {
    await ctx.db!.query('select 1');
    ctx.report({ klasse: 'StartProduct', klassePad: 'Client.StartProducten.StartProduct[0]', pad: 'x', melding: 'async' });
  },
};
const db = { query: async () => ({ rows: [], rowCount: 0 }) };

describe('runRegels', () => {
  it('skips every rule when the XSD found something', async () => {
    const xsd = [{ regel: 'XSD', retourcode: '0001', klasse: 'Header', klassePad: 'Header', pad: '', melding: 'x' }];
    expect(await runRegels('JW305', basis('JW305'), { regels: [meld('X1', 'bericht')], xsd })).toEqual([]);
  });

  it('fills regel, retourcode and controleniveau from the rule; only rules for the type run', async () => {
    const ander: Regel = { ...meld('X2', 'bericht'), berichten: ['JW301'] };
    const r = await runRegels('JW305', basis('JW305'), { regels: [meld('X1', 'extern', 1, '8848'), ander] });
    expect(r).toEqual([expect.objectContaining({ regel: 'X1', retourcode: '8848', controleniveau: 'extern' })]);
  });

  it('stops after the in-message level when it found something, unless alleNiveaus', async () => {
    const regels = [meld('X1', 'bericht'), meld('X2', 'extern')];
    expect((await runRegels('JW305', basis('JW305'), { regels })).map((b) => b.regel)).toEqual(['X1']);
    expect((await runRegels('JW305', basis('JW305'), { regels, alleNiveaus: true })).map((b) => b.regel)).toEqual(['X1', 'X2']);
  });

  it('runs extern and berichtoverstijgend together, the latter only with a db', async () => {
    const regels = [meld('X2', 'extern'), asyncRegel];
    expect((await runRegels('JW305', basis('JW305'), { regels })).map((b) => b.regel)).toEqual(['X2']);
    expect((await runRegels('JW305', basis('JW305'), { regels, db })).map((b) => b.regel)).toEqual(['X2', 'X900']);
  });

  it('stops collecting at the cap', async () => {
    const r = await runRegels('JW305', basis('JW305'), { regels: [meld('X1', 'bericht', 10), meld('X2', 'bericht', 10)], maxBevindingen: 5 });
    expect(r).toHaveLength(5);
  });

  it('filters by controleniveau', async () => {
    const r = await runRegels('JW305', basis('JW305'), { regels: [meld('X1', 'bericht'), meld('X2', 'extern')], controleniveaus: ['extern'] });
    expect(r.map((b) => b.regel)).toEqual(['X2']);
  });

  it('names the rule when a rule throws (a bug, not a finding)', async () => {
    const stuk: Regel = { ...meld('X3', 'bericht'), check: () => { throw new Error('boem'); } };
    await expect(runRegels('JW305', basis('JW305'), { regels: [stuk] })).rejects.toThrow('Regel X3 faalde: boem');
  });

  it('runRegelsSync refuses an asynchronous rule', () => {
    const a: Regel = { ...meld('X4', 'extern'), check: async () => {} };
    expect(() => runRegelsSync('JW305', basis('JW305'), { regels: [a] })).toThrow('asynchroon');
  });
});

describe('valideer', () => {
  it('gives the XSD findings, and no rule findings, for a schema-invalid message', async () => {
    const xml = voorbeeldXml('JW305').replace('<jw305:StatusAanlevering>1</jw305:StatusAanlevering>', '<jw305:StatusAanlevering>7</jw305:StatusAanlevering>');
    const r = await valideer(xml, { bronnen: testBronnen });
    expect(r.type).toBe('JW305');
    expect(r.bericht).toBeUndefined();
    expect(r.geldig).toBe(false);
    expect(new Set(r.bevindingen.map((b) => b.regel))).toEqual(new Set(['XSD']));
  });

  it('runs the rules on a schema-valid message', async () => {
    const xml = voorbeeldXml('JW307').replace('<jw307:Einddatum>2026-07-17</jw307:Einddatum>', '<jw307:Einddatum>2026-04-02</jw307:Einddatum>');
    const r = await valideer(xml, { bronnen: testBronnen });
    expect(r.bevindingen.map((b) => [b.regel, b.retourcode, b.klassePad])).toEqual([['TR018', '0001', 'Client.StopProducten.StopProduct[0]']]);
  });

  it('accepts the official JW305 and answers 8848 when its Dagtekening is in the future', async () => {
    expect(await valideer(voorbeeldXml('JW305'), { bronnen: testBronnen })).toMatchObject({ geldig: true, bevindingen: [] });
    const r = await valideer(voorbeeldXml('JW305').replace('2026-04-15</ijw:Dagtekening>', '2026-12-15</ijw:Dagtekening>'), { bronnen: testBronnen });
    expect(r.bevindingen.map((b) => b.retourcode)).toEqual(['8848']);
  });

  it('turns an unreadable message into a finding', async () => {
    const r = await valideer('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>');
    expect(r.geldig).toBe(false);
    expect(r.type).toBeUndefined();
    expect(r.bevindingen[0]).toMatchObject({ retourcode: '0001', klasse: 'Header' });
  });
});
