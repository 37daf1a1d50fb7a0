/** The table-driven scanner gives exactly what the fast-xml-parser path gives. */
import { parseText, parseTextFxp, buildBericht } from '../codec.js';
import { detectRoot } from '../xmlInput.js';
import type { BerichtVan } from '../index.js';
import { ALLE_TYPEN, voorbeeld } from './harness.js';

const same = (xml: string) => {
  const { type } = detectRoot(xml);
  expect(parseText(type, xml)).toEqual(parseTextFxp(type, xml));
  return parseText(type, xml);
};
/** `same` for the JW323 variants below, typed as such. */
const same323 = (xml: string) => same(xml) as BerichtVan<'JW323'>;

test.each(ALLE_TYPEN)('%s: scanner = fast-xml-parser, on the example and its rebuilt compact form', (type) => {
  const b = same(voorbeeld(type));
  same(buildBericht(type, b as never, { indent: '' }));
});

describe('lexical corner cases', () => {
  const jw323 = voorbeeld('JW323');
  test('entities, character references, CDATA and comments in a leaf', () => {
    const xml = jw323
      .replace('>DN001<', '>&lt;D&amp;N&quot;&apos;<')
      .replace('>RN001<', '><![CDATA[R<N&amp;1]]><')
      .replace('>RN002<', '>RN<!-- tussendoor -->002<');
    const b = same323(xml);
    expect(b.Declaratie.DeclaratieNummer).toBe('<D&N"\'');
    // character references: XML requires decoding them (libxml2 does); fast-xml-parser leaves them as is
    expect(parseText('JW323', jw323.replace('>DN001<', '>N&#38;&#x41;&#x1F600;<')).Declaratie.DeclaratieNummer).toBe('N&A\u{1F600}');
    expect(b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer).toBe('R<N&amp;1');
    expect(b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductReferentie.ReferentieNummer).toBe('RN002');
  });

  test('unknown elements (also nested and self-closing) are skipped; whitespace around values trimmed', () => {
    const xml = jw323
      .replace('<jw323:Bsn>999900006</jw323:Bsn>', '<jw323:X><jw323:Y>1</jw323:Y><jw323:Y/></jw323:X><jw323:Bsn>\n 999900006 \n</jw323:Bsn><jw323:Z/>');
    expect(same323(xml).Declaratie.Clienten.Client[0]!.Bsn).toBe('999900006');
  });

  test('errors carry the path', () => {
    const xml = jw323.replace('<jw323:GeleverdVolume>14</jw323:GeleverdVolume>', '<jw323:GeleverdVolume>veel</jw323:GeleverdVolume>');
    expect(() => parseText('JW323', xml)).toThrow(
      expect.objectContaining({ fout: 'waarde', pad: 'Declaratie.Clienten.Client[1].Prestaties.Prestatie[2].GeleverdVolume' }),
    );
    const nested = jw323.replace('<jw323:Bsn>999900006</jw323:Bsn>', '<jw323:Bsn><jw323:A/></jw323:Bsn>');
    expect(() => parseText('JW323', nested)).toThrow(expect.objectContaining({ pad: 'Declaratie.Clienten.Client[0].Bsn' }));
  });

  test('garbage never loops or crashes: CodecError', () => {
    for (const bad of [jw323.slice(0, 900), jw323.replace('</jw323:Header>', ''), '<jw323:Bericht xmlns:jw323="x"><jw323:Header', jw323.replace(/>/g, '')]) {
      expect(() => parseText('JW323', bad)).toThrow(expect.objectContaining({ name: 'CodecError' }));
    }
  });
});
