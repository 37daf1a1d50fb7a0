import { unwrapEnvelope } from '../unwrapEnvelope';
import { unwrapDi01 } from '../Di01';
import { getStufValidator } from '../StufValidator';
import { exampleDi01, exampleDu01 } from './harness';

afterAll(async () => (await getStufValidator()).close());

const XXE = `<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<GGK:envelopHeenbericht-ggk_Di01 xmlns:GGK="http://www.stufstandaarden.nl/sectormodel/ggk/0210">&xxe;</GGK:envelopHeenbericht-ggk_Di01>`;

describe('input guard', () => {
  it('refuses a DOCTYPE (XXE) before parsing, in unwrap and in the validator', async () => {
    expect(() => unwrapDi01(XXE)).toThrow(expect.objectContaining({ code: 'STUF_DOCTYPE' }));
    const validator = await getStufValidator();
    await expect(validator.check(XXE)).rejects.toMatchObject({ code: 'STUF_DOCTYPE' });
  });

  it('refuses an envelope over the size limit', () => {
    const xml = exampleDi01();
    expect(() => unwrapDi01(xml, { maxBytes: xml.length - 1 })).toThrow(expect.objectContaining({ code: 'STUF_TOO_LARGE' }));
    expect(unwrapDi01(xml, { maxBytes: Buffer.byteLength(xml) }).stuurgegevens.functie).toBe('WMO301');
  });

  it('reports XML that is not well-formed', async () => {
    const broken = exampleDi01().replace('</GGK:parameters>', '');
    expect(() => unwrapDi01(broken)).toThrow(expect.objectContaining({ code: 'STUF_NOT_WELLFORMED' }));
    await expect((await getStufValidator()).check(broken)).rejects.toMatchObject({ code: 'STUF_NOT_WELLFORMED' });
  });

  it('accepts a leading BOM and bytes as input', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exampleDi01())]);
    expect(unwrapDi01(bytes).stuurgegevens.functie).toBe('WMO301');
  });
});

describe('unwrapEnvelope', () => {
  it('tells Di01 and Du01 apart', () => {
    expect(unwrapEnvelope(exampleDi01()).kind).toBe('Di01');
    const du01 = unwrapEnvelope(exampleDu01());
    expect(du01.kind === 'Du01' && du01.stuurgegevens.crossRefnummer).toBe('9c0f7b90-5c69-11e5-a837-0800200c9a66');
  });

  it('refuses anything else', () => {
    expect(() => unwrapEnvelope('<jw301:Bericht xmlns:jw301="http://www.istandaarden.nl/ijw/3_2/jw301/schema"/>')).toThrow(
      expect.objectContaining({ code: 'STUF_WRONG_ROOT' }),
    );
  });
});
