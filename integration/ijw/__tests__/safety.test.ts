/** Hostile and broken input: always findings with 0001, never an exception or a hang. */
import { decode } from '../decode.js';
import { parseBericht, CodecError } from '../codec.js';
import { DEFAULT_MAX_BYTES, readXmlInput } from '../xmlInput.js';
import { getXsdValidator, type IjwXsdValidator } from '../xsdValidator.js';
import { voorbeeld } from './harness.js';

afterAll(async () => (await getXsdValidator()).dispose());

const jw323 = voorbeeld('JW323');
const body = jw323.slice(jw323.indexOf('<jw323:Bericht'));

async function rejected(xml: string | Uint8Array, opts?: { maxBytes?: number }) {
  const r = await decode(xml, opts);
  expect(r.bericht).toBeUndefined();
  expect(r.bevindingen.length).toBeGreaterThan(0);
  for (const b of r.bevindingen) expect(b).toMatchObject({ regel: 'XSD', retourcode: '0001', klasse: 'Header' });
  return r;
}

describe('DTDs, entities, external references', () => {
  test('XXE: external entity to a local file is refused before parsing', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${body.replace('DN001', '&xxe;')}`;
    const r = await rejected(xml);
    expect(r.bevindingen[0]!.melding).toMatch(/DTD/);
    expect(r.bevindingen[0]!.regelnummer).toBe(2);
    expect(JSON.stringify(r)).not.toContain('root:');
    expect(() => parseBericht(xml)).toThrow(expect.objectContaining({ fout: 'dtd' }));
  });

  test('billion laughs is refused before parsing', async () => {
    const lol = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [${lol.join('')}]>\n${body.replace('DN001', '&lol9;')}`;
    await rejected(xml);
  });

  test('an external DTD and a DOCTYPE without subset are refused', async () => {
    await rejected(`<?xml version="1.0"?>\n<!DOCTYPE Bericht SYSTEM "http://example.invalid/x.dtd">\n${body}`);
    await rejected(`<!DOCTYPE Bericht>${body}`);
  });

  test('libxml2 itself is configured without network and external entities', async () => {
    // Even when called directly (bypassing decode's gate), an external entity is not expanded.
    const v = await getXsdValidator();
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${body.replace('DN001', '&e;')}`;
    const found = v.validate('JW323', xml);
    expect(JSON.stringify(found)).not.toContain('root:');
  });
});

describe('size limit', () => {
  test('a message over the configured limit is refused, as string and as buffer', async () => {
    const r = await rejected(jw323, { maxBytes: 1000 });
    expect(r.bevindingen[0]!.melding).toMatch(/limiet van 1000 bytes/);
    await rejected(Buffer.from(jw323), { maxBytes: 1000 });
    expect((await decode(jw323, { maxBytes: 100_000 })).bevindingen).toEqual([]);
  });

  test('the default limit is well above a real monthly JW323, and enforced', () => {
    // 100,000 prestaties pretty-printed are ~92 MB (bench:codec); a large provider's month is a few MB.
    expect(DEFAULT_MAX_BYTES).toBeGreaterThanOrEqual(128 * 1024 * 1024);
    expect(() => readXmlInput(Buffer.allocUnsafe(DEFAULT_MAX_BYTES + 1))).toThrow(expect.objectContaining({ fout: 'grootte' }));
  });
});

describe('encoding', () => {
  test('invalid UTF-8 is refused with a clear error', async () => {
    const bytes = Buffer.from(jw323.replace('DN001', 'DN\u00e9'));
    const at = bytes.indexOf(0xc3);
    bytes[at] = 0xff; // not a UTF-8 lead byte
    const r = await rejected(bytes);
    expect(r.bevindingen[0]!.melding).toMatch(/UTF-8/);
  });

  test('a truncated multi-byte sequence is refused', async () => {
    const bytes = Buffer.from(jw323.replace('DN001', 'DN\u20ac'));
    await rejected(bytes.subarray(0, bytes.indexOf(0xe2) + 2));
  });

  test('lone surrogates in a string are refused', async () => {
    await rejected(jw323.replace('DN001', 'DN\ud800'));
  });

  test('a declared encoding other than UTF-8 is refused', async () => {
    const r = await rejected(jw323.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'));
    expect(r.bevindingen[0]!.melding).toMatch(/UTF-8/);
  });

  test('a UTF-8 BOM is accepted', async () => {
    expect((await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(jw323)]))).bevindingen).toEqual([]);
    expect((await decode('\ufeff' + jw323)).bevindingen).toEqual([]);
  });
});

describe('namespaces and non-messages', () => {
  test('an unknown namespace says which', async () => {
    const r = await rejected(jw323.replace(/jw323\/schema/g, 'jw399/schema'));
    expect(r.type).toBeUndefined();
    expect(r.bevindingen[0]!.melding).toMatch(/Onbekende namespace http:\/\/www\.istandaarden\.nl\/ijw\/3_2\/jw399\/schema/);
  });

  test('another iJw release is named', async () => {
    const r = await rejected(jw323.replace(/ijw\/3_2\//g, 'ijw/3_1/'));
    expect(r.bevindingen[0]!.melding).toMatch(/iJw-release 3\.1 wordt niet ondersteund/);
  });

  test('a root without namespace', async () => {
    const r = await rejected('<?xml version="1.0"?><Bericht><Header/></Bericht>');
    expect(r.bevindingen[0]!.melding).toMatch(/geen namespace/);
  });

  test('an iWmo-style root element name in a JW namespace', async () => {
    await rejected(jw323.replace(/jw323:Bericht/g, 'jw323:Message'));
  });

  test('garbage, empty input, binary and unclosed tags', async () => {
    await rejected('');
    await rejected('hallo');
    await rejected(Buffer.from([0, 1, 2, 3, 4, 5]));
    await rejected('<jw323:Bericht xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">');
    await rejected(jw323.slice(0, jw323.length / 2));
  });

  test('deep nesting does not blow the stack', async () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    await rejected(body.replace('<jw323:DeclaratieNummer>DN001</jw323:DeclaratieNummer>', `<jw323:DeclaratieNummer>${deep}</jw323:DeclaratieNummer>`));
  });

  test('parseBericht throws CodecError (not a crash) for the same inputs', () => {
    expect(() => parseBericht('')).toThrow(CodecError);
    expect(() => parseBericht(Buffer.from([0xff, 0xfe]))).toThrow(CodecError);
    expect(() => parseBericht(jw323.replace(/jw323\/schema/g, 'jw399/schema'))).toThrow(CodecError);
  });
});

describe('decode options', () => {
  const kapot = { validate: () => { throw new Error('libxml2 kapot'); } } as unknown as IjwXsdValidator;

  test('an error that is not about the message is a 0001 finding by default, thrown with onverwacht: gooi', async () => {
    const r = await decode(jw323, { validator: kapot });
    expect(r.type).toBe('JW323');
    expect(r.bevindingen).toEqual([expect.objectContaining({ regel: 'XSD', retourcode: '0001', melding: expect.stringContaining('libxml2 kapot') })]);
    await expect(decode(jw323, { validator: kapot, onverwacht: 'gooi' })).rejects.toThrow('libxml2 kapot');
    // A message that is bad stays data either way.
    expect((await decode('hallo', { onverwacht: 'gooi' })).bevindingen[0]).toMatchObject({ regel: 'XSD', retourcode: '0001' });
  });

  test('header: false skips the Header read of a schema-invalid message', async () => {
    const ongeldig = jw323.replace('<jw323:DeclaratieNummer>DN001</jw323:DeclaratieNummer>', '');
    const met = await decode(ongeldig);
    expect(met.bevindingen.length).toBeGreaterThan(0);
    expect(met.header).toBeDefined();
    const zonder = await decode(ongeldig, { header: false });
    expect(zonder.bevindingen).toEqual(met.bevindingen);
    expect(zonder.header).toBeUndefined();
  });
});
