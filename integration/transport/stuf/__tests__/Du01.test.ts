import { buildDu01, parseDu01 } from '../Du01';
import { getStufValidator } from '../StufValidator';
import { di01Input, exampleDu01, ijwExample } from './harness';

afterAll(async () => (await getStufValidator()).close());

const du01Input = () => ({
  ...di01Input({ payload: ijwExample('JW302'), functie: 'JW302', referentienummer: '3f1c2a7e-8b9d-4c6e-a1f0-123456789abc' }),
  crossRefnummer: '0e09a81f-64a0-4793-b946-d6538fb3f37e',
});

describe('parseDu01', () => {
  it('reads the official ggk_Du01.xml example, crossRefnummer included', () => {
    const du01 = parseDu01(exampleDu01());
    expect(du01.stuurgegevens.berichtcode).toBe('Du01');
    expect(du01.stuurgegevens.zender.organisatie).toBe('01023456');
    expect(du01.stuurgegevens.ontvanger.organisatie).toBe('0484');
    expect(du01.stuurgegevens.referentienummer).toBe('b6e9f182-bc44-4f27-9863-9a5ccc1e1cf0');
    expect(du01.stuurgegevens.crossRefnummer).toBe('9c0f7b90-5c69-11e5-a837-0800200c9a66');
    expect(du01.stuurgegevens.functie).toBe('WMO302');
    expect(du01.parameters.crossRefnummerBericht).toBe('123456789012');
    expect(du01.payload.toString('utf8')).toBe('Hier staat het retourbericht');
  });

  it('requires the crossRefnummer', () => {
    const xml = exampleDu01().replace(/<StUF:crossRefnummer>.*<\/StUF:crossRefnummer>/, '');
    expect(() => parseDu01(xml)).toThrow(expect.objectContaining({ code: 'STUF_MISSING_ELEMENT', path: 'stuurgegevens.crossRefnummer' }));
  });
});

describe('buildDu01', () => {
  it('carries the retourbericht and points at the Di01 it answers', () => {
    const du01 = parseDu01(buildDu01(du01Input()));
    expect(du01.stuurgegevens.crossRefnummer).toBe('0e09a81f-64a0-4793-b946-d6538fb3f37e');
    expect(du01.stuurgegevens.functie).toBe('JW302');
    expect(du01.payload.equals(ijwExample('JW302'))).toBe(true);
  });

  it('refuses a crossRefnummer that is not a UUID v4', () => {
    expect(() => buildDu01({ ...du01Input(), crossRefnummer: '123456789012' })).toThrow(
      expect.objectContaining({ code: 'STUF_INVALID_VALUE', path: 'stuurgegevens.crossRefnummer' }),
    );
  });

  it('validates against ggk0310_msg.xsd, as does the official example', async () => {
    const validator = await getStufValidator();
    expect(await validator.check(buildDu01(du01Input()))).toEqual({ valid: true });
    expect(await validator.check(exampleDu01())).toEqual({ valid: true });
  });

  it('is not accepted by the schema without its crossRefnummer', async () => {
    const validator = await getStufValidator();
    const xml = buildDu01(du01Input()).replace(/<StUF:crossRefnummer>.*<\/StUF:crossRefnummer>\r\n/, '');
    expect((await validator.check(xml)).valid).toBe(false);
  });
});
