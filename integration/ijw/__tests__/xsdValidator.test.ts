import { getXsdValidator, validateXsd } from '../xsdValidator.js';
import { buildBericht, parseBericht } from '../codec.js';
import { decode } from '../decode.js';
import { ALLE_TYPEN, voorbeeld } from './harness.js';

afterAll(async () => (await getXsdValidator()).dispose());

describe('XSD validation with libxml2', () => {
  test.each(ALLE_TYPEN)('%s example and its rebuilt form are schema-valid', async (type) => {
    const xml = voorbeeld(type);
    expect(await validateXsd(type, xml)).toEqual([]);
    const { bericht } = parseBericht(xml);
    const rebuilt = buildBericht(type, bericht as never);
    expect(await validateXsd(type, rebuilt)).toEqual([]);
    expect(await validateXsd(type, Buffer.from(rebuilt))).toEqual([]);
  });

  test.each(ALLE_TYPEN)('%s decodes to the typed object without findings', async (type) => {
    const result = await decode(voorbeeld(type));
    expect(result.bevindingen).toEqual([]);
    expect(result.type).toBe(type);
    expect(result.bericht).toEqual(parseBericht(voorbeeld(type)).bericht);
  });
});

describe('structural breakage gives 0001 on the Header with libxml2 message, line and path', () => {
  const jw323 = voorbeeld('JW323');
  const lineOf = (xml: string, needle: string) => xml.slice(0, xml.indexOf(needle)).split('\n').length;

  test('missing required element', async () => {
    const xml = jw323.replace(/\s*<jw323:Eenheid>04<\/jw323:Eenheid>/, '');
    const r = await decode(xml);
    expect(r.type).toBe('JW323');
    expect(r.bericht).toBeUndefined();
    expect(r.header?.Ontvanger).toBe('0384');
    expect(r.bevindingen).toEqual([
      {
        regel: 'XSD',
        retourcode: '0001',
        klasse: 'Header',
        klassePad: 'Header',
        controleniveau: 'xsd',
        pad: 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[0].ProductTarief',
        melding: "Element 'jw323:ProductTarief': This element is not expected. Expected is ( jw323:Eenheid ).",
        regelnummer: lineOf(xml, '<jw323:ProductTarief>'),
      },
    ]);
  });

  test('wrong order', async () => {
    // swap Bsn and Prestaties of the second client: move Bsn after Prestaties
    const xml = jw323.replace(
      /(<jw323:Client>\s*)(<jw323:Bsn>999900018<\/jw323:Bsn>)(\s*)(<jw323:Prestaties>[\s\S]*?<\/jw323:Prestaties>)/,
      '$1$4$3$2',
    );
    const r = await decode(xml);
    expect(r.bevindingen).toHaveLength(1);
    expect(r.bevindingen[0]).toMatchObject({
      regel: 'XSD',
      retourcode: '0001',
      pad: 'Declaratie.Clienten.Client[1].Prestaties',
      regelnummer: lineOf(xml, 'RN003') - 3, // <Prestaties>, <Prestatie>, <ProductReferentie>, RN003
    });
    expect(r.bevindingen[0]!.melding).toMatch(/Prestaties.*not expected.*Bsn/);
  });

  test('unknown element', async () => {
    const xml = jw323.replace('<jw323:Eenheid>04</jw323:Eenheid>', '<jw323:Eenheid>04</jw323:Eenheid><jw323:Kleur>rood</jw323:Kleur>');
    const r = await decode(xml);
    expect(r.bevindingen.map((b) => [b.retourcode, b.pad, b.regelnummer])).toEqual([
      ['0001', 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[0].Kleur', lineOf(xml, '<jw323:Kleur>')],
    ]);
  });

  test('element in the wrong namespace', async () => {
    const xml = jw323.replace('<jw323:Bsn>999900006</jw323:Bsn>', '<ijw:Bsn>999900006</ijw:Bsn>');
    const r = await decode(xml);
    expect(r.bevindingen[0]).toMatchObject({ retourcode: '0001', regelnummer: lineOf(xml, '<ijw:Bsn>') });
    expect(r.bevindingen[0]!.melding).toContain('ijw:Bsn');
  });

  test('facet violation (code with a leading zero dropped)', async () => {
    const xml = jw323.replace('<jw323:Ontvanger>0384</jw323:Ontvanger>', '<jw323:Ontvanger>384</jw323:Ontvanger>');
    const r = await decode(xml);
    expect(r.bevindingen.length).toBeGreaterThan(0);
    expect(r.bevindingen.every((b) => b.retourcode === '0001' && b.pad === 'Header.Ontvanger')).toBe(true);
  });

  test('malformed XML gives a finding with a line, not an exception', async () => {
    const xml = jw323.replace('</jw323:Bsn>', '</jw323:Bs>');
    const r = await decode(xml);
    expect(r.type).toBe('JW323');
    expect(r.bevindingen.length).toBeGreaterThan(0);
    expect(r.bevindingen[0]).toMatchObject({ regel: 'XSD', retourcode: '0001', regelnummer: lineOf(xml, '</jw323:Bs>') });
  });
});
