/**
 * The shared XSD mechanism: schema sets registered side by side in one process resolve their imports
 * inside their own set (distinct URL bases), and the two real sets (iJw, StUF-GGk envelope) work together.
 */
import { ijwVoorbeeldBytes } from '../../../test/support/fixtures.js';
import { openXsdSet } from '../xsd.js';
import { getXsdValidator } from '../../ijw/xsdValidator.js';
import { getStufValidator } from '../../transport/stuf/StufValidator.js';
import { wrapDi01 } from '../../transport/stuf/Di01.js';
import { readStufXsds, STUF_XSD_FILES, STUF_XSD_URL_BASE } from '../../transport/stuf/xsdFiles.js';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const ijwExample = (type: string): Buffer => ijwVoorbeeldBytes(type);

/** An entry schema whose root element's type comes from a relatively imported `common/types.xsd`. */
function schemaSet(ns: string, pattern: string): Record<string, Uint8Array> {
  return {
    'main/entry.xsd': enc(`<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="${ns}/types" targetNamespace="${ns}" elementFormDefault="qualified">
  <xs:import namespace="${ns}/types" schemaLocation="../common/types.xsd"/>
  <xs:element name="code" type="t:Code"/>
</xs:schema>`),
    'common/types.xsd': enc(`<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${ns}/types">
  <xs:simpleType name="Code"><xs:restriction base="xs:string"><xs:pattern value="${pattern}"/></xs:restriction></xs:simpleType>
</xs:schema>`),
  };
}

afterAll(async () => {
  (await getXsdValidator()).dispose();
  await (await getStufValidator()).close();
});

describe('XSD sets with the same relative file names do not collide', () => {
  it('each entry resolves ../common/types.xsd inside its own set', async () => {
    const a = await openXsdSet('test-a-xsd:///', schemaSet('urn:a', '[0-9]{4}'));
    const b = await openXsdSet('test-b-xsd:///', schemaSet('urn:b', '[A-Z]{2}'));
    const schemaA = a.schema('main/entry.xsd');
    const schemaB = b.schema('main/entry.xsd');
    try {
      expect(schemaA.validate('<code xmlns="urn:a">0363</code>')).toEqual({ valid: true });
      expect(schemaB.validate('<code xmlns="urn:b">AB</code>')).toEqual({ valid: true });
      const wrong = schemaA.validate(enc('<code xmlns="urn:a">AB</code>'));
      expect(wrong).toMatchObject({ valid: false, phase: 'invalid', details: [{ line: 1 }] });
      expect(schemaB.validate('<code xmlns="urn:b">0363</code>')).toMatchObject({ valid: false, phase: 'invalid' });
    } finally {
      a.disposeSchemas();
      b.disposeSchemas();
    }
  });

  it('compiles once and caches; reports parse errors with their line', async () => {
    const a = await openXsdSet('test-a-xsd:///', schemaSet('urn:a', '[0-9]{4}'));
    expect(a.schema('main/entry.xsd')).toBe(a.schema('main/entry.xsd'));
    expect(a.schema('main/entry.xsd').validate('<code xmlns="urn:a">\n0363</cod>')).toMatchObject({ valid: false, phase: 'parse', details: [{ line: 2 }] });
    a.disposeSchemas();
  });

  it('refuses to register other files under a URL base already in use', async () => {
    await expect(openXsdSet('test-a-xsd:///', schemaSet('urn:a', '[0-9]{5}'))).rejects.toThrow(/already registered/);
  });
});

describe('the iJw and StUF-GGk sets in one process', () => {
  it('validates iJw messages and envelopes interleaved, from the same libxml2', async () => {
    const ijw = await getXsdValidator();
    const stuf = await getStufValidator();
    for (const type of ['JW301', 'JW315'] as const) {
      const payload = ijwExample(type);
      expect(ijw.validate(type, payload)).toEqual([]);
      const env = wrapDi01({ payload, functie: type, zender: { organisatie: '0363', applicatie: 'Jeugdregie' }, ontvanger: { organisatie: '87654321' }, applicatieVersie: '0001', applicatieSubversie: '0000' });
      expect(stuf.checkSync(env)).toEqual({ valid: true });
      expect(ijw.validate(type, payload)).toEqual([]);
    }
  });

  it('enforces the types of every envelope XSD (so their relative imports resolved)', async () => {
    const stuf = await getStufValidator();
    const env = wrapDi01({ payload: ijwExample('JW301'), functie: 'JW301', zender: { organisatie: '0363', applicatie: 'Jeugdregie' }, ontvanger: { organisatie: '87654321' }, applicatieVersie: '0001', applicatieSubversie: '0000' });
    const cases: Array<[schema: string, tamper: (xml: string) => string, message: RegExp]> = [
      ['ggk0310_msg.xsd', (x) => x.replace('<GGK:functieVersie>0003<', '<GGK:functieVersie>3<'), /functieVersie/],
      ['stuf0301.xsd (via ggk0310_msg_stuf.xsd, stuf0301mtom.xsd)', (x) => x.replace('<StUF:berichtcode>Di01<', '<StUF:berichtcode>Xx99<'), /berichtcode/],
      ['xmlmime.xsd', (x) => x.replace(/xmime:contentType="[^"]*"/, 'xmime:contentType="x"'), /contentType/],
    ];
    for (const [schema, tamper, message] of cases) {
      const bad = tamper(env);
      expect([schema, bad === env]).toEqual([schema, false]);
      const result = stuf.checkSync(bad);
      expect(result.valid).toBe(false);
      expect(!result.valid && result.errors[0]!.message).toMatch(message);
      expect(!result.valid && result.errors[0]!.line).toBeGreaterThan(0);
    }
  });

  it('keys the envelope set by relative path under its own URL base', () => {
    expect(Object.keys(readStufXsds()).sort()).toEqual([...STUF_XSD_FILES].sort());
    expect(STUF_XSD_URL_BASE).not.toBe('ijw-xsd:///');
  });
});
