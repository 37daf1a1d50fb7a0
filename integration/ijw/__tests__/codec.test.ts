import { buildBericht, centsToDecimal, CodecError, decimalToCents, parse, parseBericht } from '../codec.js';
import { getAtPad, pad, splitPad } from '../pad.js';
import type { JW301Bericht, JW323Bericht } from '../generated/index.generated.js';
import { ALLE_TYPEN, voorbeeld } from './harness.js';

describe('codec round trip on the 14 official examples', () => {
  test.each(ALLE_TYPEN)('%s parses, rebuilds and parses back to the same object', (type) => {
    const xml = voorbeeld(type);
    const parsed = parseBericht(xml);
    expect(parsed.type).toBe(type);
    const rebuilt = buildBericht(parsed.type, parsed.bericht);
    expect(rebuilt.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const again = parseBericht(rebuilt);
    expect(again).toEqual(parsed);
    // building is deterministic and a fixed point
    expect(buildBericht(again.type, again.bericht)).toBe(rebuilt);
  });
});

describe('values', () => {
  const jw323 = parse('JW323', voorbeeld('JW323'));

  test('codes keep leading zeros, amounts are integer cents, dates ISO strings', () => {
    expect(jw323.Header.Ontvanger).toBe('0384');
    const p = jw323.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
    expect(p.Eenheid).toBe('04');
    expect(p.ProductTarief).toBe(1250);
    expect(p.IngediendBedrag).toEqual({ Bedrag: 5000, DebetCredit: 'D' });
    expect(p.ProductPeriode.Begindatum).toBe('2026-04-01');
    expect(p.GeleverdVolume).toBe(4);
    expect(jw323.Header.BerichtVersie).toBe(3);
    expect(jw323.Declaratie.TotaalIngediendBedrag.TotaalBedrag).toBe(79000);
  });

  test('repeating elements are arrays even with one occurrence', () => {
    const jw301 = parse('JW301', voorbeeld('JW301'));
    expect(Array.isArray(jw301.Client.ToegewezenProducten.ToegewezenProduct)).toBe(true);
  });

  test('build writes elements in XSD order regardless of property order, with the right prefixes', () => {
    const h = jw323.Header;
    const shuffled: JW323Bericht = {
      Declaratie: jw323.Declaratie,
      Header: {
        XsdVersie: h.XsdVersie,
        BerichtIdentificatie: { Dagtekening: h.BerichtIdentificatie.Dagtekening, Identificatie: h.BerichtIdentificatie.Identificatie },
        Ontvanger: h.Ontvanger,
        Afzender: h.Afzender,
        BerichtSubversie: h.BerichtSubversie,
        BerichtVersie: h.BerichtVersie,
        BerichtCode: h.BerichtCode,
      },
    };
    const xml = buildBericht('JW323', shuffled);
    expect(xml).toBe(buildBericht('JW323', jw323));
    expect(xml).toContain('<jw323:Bericht xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">');
    expect(xml).toMatch(/<jw323:BerichtIdentificatie>\s*<ijw:Identificatie>765432198<\/ijw:Identificatie>\s*<ijw:Dagtekening>/);
    expect(xml.indexOf('<jw323:Header>')).toBeLessThan(xml.indexOf('<jw323:Declaratie>'));
    expect(xml).toContain('<jw323:Ontvanger>0384</jw323:Ontvanger>');
    expect(xml).toContain('<jw323:ProductTarief>1250</jw323:ProductTarief>');
  });

  test('optional elements are left out; text is escaped', () => {
    const b = structuredClone(jw323);
    delete b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductTarief;
    b.Declaratie.DeclaratieNummer = 'A&B<C';
    const xml = buildBericht('JW323', b);
    expect(xml.match(/<jw323:ProductTarief>/g)).toHaveLength(4);
    expect(xml).toContain('<jw323:DeclaratieNummer>A&amp;B&lt;C</jw323:DeclaratieNummer>');
    expect(parse('JW323', xml).Declaratie.DeclaratieNummer).toBe('A&B<C');
  });

  test('build refuses unknown properties, missing required elements and wrong value types, with the path', () => {
    const extra = structuredClone(jw323) as JW323Bericht & { Declaratie: { Foo?: string } };
    (extra.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2] as unknown as Record<string, unknown>).Onbekend = 'x';
    expect(() => buildBericht('JW323', extra)).toThrow(
      expect.objectContaining({ fout: 'structuur', pad: 'Declaratie.Clienten.Client[1].Prestaties.Prestatie[2].Onbekend' }),
    );
    const missing = structuredClone(jw323) as unknown as { Header: Record<string, unknown> };
    delete missing.Header.Afzender;
    expect(() => buildBericht('JW323', missing as unknown as JW323Bericht)).toThrow(
      expect.objectContaining({ pad: 'Header.Afzender' }),
    );
    const wrong = structuredClone(jw323);
    (wrong.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1] as { ProductTarief?: unknown }).ProductTarief = 12.5;
    expect(() => buildBericht('JW323', wrong)).toThrow(
      expect.objectContaining({ fout: 'waarde', pad: 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[1].ProductTarief' }),
    );
    const notArray = structuredClone(jw323) as unknown as { Declaratie: { Clienten: { Client: unknown } } };
    notArray.Declaratie.Clienten.Client = (notArray.Declaratie.Clienten.Client as unknown[])[0];
    expect(() => buildBericht('JW323', notArray as unknown as JW323Bericht)).toThrow(CodecError);
  });

  test('parse reports bad values with their path', () => {
    const xml = voorbeeld('JW323').replace('<jw323:GeleverdVolume>16</jw323:GeleverdVolume>', '<jw323:GeleverdVolume>1x6</jw323:GeleverdVolume>');
    expect(() => parse('JW323', xml)).toThrow(
      expect.objectContaining({ fout: 'waarde', pad: 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[1].GeleverdVolume' }),
    );
  });

  test('parse<T> refuses a message of another type', () => {
    expect(() => parse('JW301', voorbeeld('JW323'))).toThrow(expect.objectContaining({ fout: 'namespace' }));
    const typed: JW301Bericht = parse('JW301', voorbeeld('JW301'));
    expect(typed.Header.BerichtCode).toBe('436');
  });

  test('buffers are accepted', () => {
    expect(parseBericht(Buffer.from(voorbeeld('JW323'))).type).toBe('JW323');
  });
});

describe('amounts', () => {
  test('decimal <-> cents is exact (no float error)', () => {
    expect(decimalToCents('0.29', 2)).toBe(29);
    expect(decimalToCents('1.005', 3)).toBe(1005);
    expect(decimalToCents('19.99', 2)).toBe(1999);
    expect(decimalToCents('4.35', 2)).toBe(435); // 4.35 * 100 = 434.99999999999994 in floats
    expect(decimalToCents('-0.10', 2)).toBe(-10);
    expect(decimalToCents('12', 2)).toBe(1200);
    expect(decimalToCents('99999999999.99', 2)).toBe(9999999999999);
    expect(() => decimalToCents('1.234', 2)).toThrow(CodecError);
    expect(() => decimalToCents('1,23', 2)).toThrow(CodecError);
    expect(centsToDecimal(435, 2)).toBe('4.35');
    expect(centsToDecimal(5, 2)).toBe('0.05');
    expect(centsToDecimal(-1999, 2)).toBe('-19.99');
    expect(centsToDecimal(79000, 0)).toBe('79000');
  });
});

describe('paths', () => {
  test('pad / splitPad / getAtPad', () => {
    expect(pad('', 'Client', 'Prestaties', 'Prestatie', 2, 'ProductTarief')).toBe('Client.Prestaties.Prestatie[2].ProductTarief');
    expect(splitPad('Client.Prestaties.Prestatie[2].ProductTarief')).toEqual(['Client', 'Prestaties', 'Prestatie', 2, 'ProductTarief']);
    const jw323 = parse('JW323', voorbeeld('JW323'));
    expect(getAtPad(jw323, 'Declaratie.Clienten.Client[1].Prestaties.Prestatie[2].GeleverdVolume')).toBe(14);
    expect(getAtPad(jw323, 'Declaratie.Clienten.Client[5].Bsn')).toBeUndefined();
  });
});

describe('per-message one-liners', () => {
  test('parseJW323 / buildJW323', async () => {
    const { parseJW323, buildJW323 } = await import('../generated/berichtCodecs.generated.js');
    const b = parseJW323(voorbeeld('JW323'));
    expect(b.Header.Ontvanger).toBe('0384');
    expect(buildJW323(b)).toBe(buildBericht('JW323', b));
  });
});
