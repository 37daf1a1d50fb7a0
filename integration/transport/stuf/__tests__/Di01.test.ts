import { wrapDi01, unwrapDi01 } from '../Di01';
import { getStufValidator } from '../StufValidator';
import { isStufError } from '../StufError';
import { di01Input, exampleDi01, ijwExample } from './harness';

afterAll(async () => (await getStufValidator()).close());

describe('unwrapDi01', () => {
  it('reads the official ggk_Di01.xml example', () => {
    const di01 = unwrapDi01(exampleDi01());
    expect(di01.stuurgegevens).toEqual({
      berichtcode: 'Di01',
      zender: { organisatie: '0548', applicatie: 'Wmo Applicatie', administratie: 'test', gebruiker: 'gebruiker1' },
      ontvanger: { organisatie: 'CAK', applicatie: 'GGk', administratie: 'test', gebruiker: 'gebruiker1' },
      referentienummer: '9c0f7b90-5c69-11e5-a837-0800200c9a66',
      tijdstipBericht: '20160421132514',
      functie: 'WMO301',
    });
    expect(di01.parameters).toEqual({
      referentienummerBericht: '123456789012',
      applicatieVersie: '0004',
      applicatieSubversie: '0003',
      functieVersie: '0001',
      functieSubversie: '0001',
    });
    expect(di01.contentType).toBe('application/xml');
    expect(di01.bestandsnaam).toBe('WMO301.txt');
    expect(di01.payload.toString('utf8')).toBe('Hier staat het heenbericht');
  });

  it('refuses a Du01 where a Di01 is expected', () => {
    const xml = exampleDi01().replace(/envelopHeenbericht-ggk_Di01/g, 'envelopRetourbericht-ggk_Du01');
    expect(() => unwrapDi01(xml)).toThrow(expect.objectContaining({ code: 'STUF_WRONG_ROOT' }));
  });

  it('refuses the right local name in the wrong namespace', () => {
    const xml = exampleDi01().replace('http://www.stufstandaarden.nl/sectormodel/ggk/0210', 'urn:other');
    expect(() => unwrapDi01(xml)).toThrow(expect.objectContaining({ code: 'STUF_WRONG_ROOT' }));
  });

  it('refuses a berichtcode that does not match the envelope', () => {
    const xml = exampleDi01().replace('<StUF:berichtcode>Di01<', '<StUF:berichtcode>Du01<');
    expect(() => unwrapDi01(xml)).toThrow(expect.objectContaining({ code: 'STUF_INVALID_VALUE', path: 'stuurgegevens.berichtcode' }));
  });

  it('refuses a payload that is not strict base64', () => {
    const xml = exampleDi01().replace('SGllciBzdGFhdCBoZXQgaGVlbmJlcmljaHQ=', 'SGllciB*dGFhdCBoZXQgaGVlbmJlcmljaHQ=');
    expect(() => unwrapDi01(xml)).toThrow(expect.objectContaining({ code: 'STUF_BAD_BASE64' }));
  });

  it('names a missing required element', () => {
    const xml = exampleDi01().replace(/<StUF:functie>WMO301<\/StUF:functie>/, '');
    expect(() => unwrapDi01(xml)).toThrow(expect.objectContaining({ code: 'STUF_MISSING_ELEMENT', path: 'stuurgegevens.functie' }));
  });
});

describe('wrapDi01', () => {
  it('carries the iJw XML base64-encoded, byte for byte, and reads back what it wrote', () => {
    const payload = ijwExample('JW301');
    const xml = wrapDi01(di01Input({ payload }));
    expect(xml).toContain(`xmime:contentType="application/xml">${payload.toString('base64')}</GGK:bericht>`);
    const back = unwrapDi01(xml);
    expect(back.payload.equals(payload)).toBe(true);
    expect(back.stuurgegevens).toEqual({
      berichtcode: 'Di01',
      zender: { organisatie: '0363', applicatie: 'Jeugdregie', administratie: 'Regio Amsterdam-Amstelland' },
      ontvanger: { organisatie: '87654321', applicatie: 'GGk' },
      referentienummer: '0e09a81f-64a0-4793-b946-d6538fb3f37e',
      tijdstipBericht: '20260302101530123', // 09:15:30.123 UTC is 10:15 in Amsterdam (CET)
      functie: 'JW301',
    });
    expect(back.parameters).toEqual({ applicatieVersie: '0001', applicatieSubversie: '0000', functieVersie: '0003', functieSubversie: '0002' });
    expect(back.bestandsnaam).toBeUndefined();
  });

  it('writes UTF-8 without BOM and ends every line with CRLF (spec 2.2)', () => {
    const xml = wrapDi01(di01Input());
    expect(xml.charCodeAt(0)).not.toBe(0xfeff);
    expect(xml.split('\n').slice(0, -1).every((line) => line.endsWith('\r'))).toBe(true);
  });

  it('generates a fresh UUID v4 referentienummer when none is given', () => {
    const a = unwrapDi01(wrapDi01(di01Input({ referentienummer: undefined })));
    const b = unwrapDi01(wrapDi01(di01Input({ referentienummer: undefined })));
    expect(a.stuurgegevens.referentienummer).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.stuurgegevens.referentienummer).not.toBe(b.stuurgegevens.referentienummer);
  });

  it('escapes markup in text values', () => {
    const xml = wrapDi01(di01Input({ zender: { organisatie: '0363', applicatie: 'Zorg & <Co>' } }));
    expect(unwrapDi01(xml).stuurgegevens.zender.applicatie).toBe('Zorg & <Co>');
  });

  it.each([
    ['referentienummer', { referentienummer: '9c0f7b90-5c69-11e5-a837-0800200c9a66' }, 'stuurgegevens.referentienummer'], // v1, not v4
    ['applicatieVersie', { applicatieVersie: '1' }, 'parameters.applicatieVersie'],
    ['functie too long', { functie: 'X'.repeat(31) }, 'stuurgegevens.functie'],
    ['applicatie too short', { zender: { organisatie: '0363', applicatie: 'JR' } }, 'stuurgegevens.zender.applicatie'],
    ['bestandsnaam with a space', { bestandsnaam: 'jw 301.xml' }, 'parameters.bericht@bestandsnaam'],
  ])('refuses a bad %s before writing anything', (_, overrides, path) => {
    let error: unknown;
    try {
      wrapDi01(di01Input(overrides));
    } catch (e) {
      error = e;
    }
    expect(isStufError(error, 'STUF_INVALID_VALUE')).toBe(true);
    expect((error as { path: string }).path).toBe(path);
  });

  it('refuses an empty payload', () => {
    expect(() => wrapDi01(di01Input({ payload: '' }))).toThrow(expect.objectContaining({ code: 'STUF_MISSING_ELEMENT' }));
  });
});

describe('Di01 against ggk0310_msg.xsd', () => {
  it('validates the official example', async () => {
    const validator = await getStufValidator();
    expect(await validator.check(exampleDi01())).toEqual({ valid: true });
  });

  it.each(['JW301', 'JW305', 'JW307', 'JW315', 'JW317'])('validates every Di01 we produce (%s payload, all optional parts)', async (type) => {
    const validator = await getStufValidator();
    const full = wrapDi01(
      di01Input({
        payload: ijwExample(type),
        functie: type,
        zender: { organisatie: '0363', applicatie: 'Jeugdregie', administratie: 'Regio', gebruiker: '' },
        ontvanger: { organisatie: '87654321', administratie: '', gebruiker: '' },
      }),
    );
    const minimal = wrapDi01(di01Input({ payload: ijwExample(type), functie: type, zender: { organisatie: '0363', applicatie: 'Jeugdregie' } }));
    expect(await validator.check(full)).toEqual({ valid: true });
    expect(await validator.check(minimal)).toEqual({ valid: true });
  });

  it('reports what is wrong with a tampered envelope', async () => {
    const validator = await getStufValidator();
    const xml = wrapDi01(di01Input()).replace('<GGK:functieVersie>0003<', '<GGK:functieVersie>3<');
    const result = await validator.check(xml);
    expect(result.valid).toBe(false);
    expect(!result.valid && result.errors[0]!.message).toMatch(/functieVersie/);
    await expect(validator.validate(xml)).rejects.toMatchObject({ code: 'STUF_XSD_INVALID' });
  });
});
