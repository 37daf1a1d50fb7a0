import { wrapDi01, unwrapDi01 } from '../Di01';
import { buildFo01, foutDetails, parseFo01 } from '../Fo01';
import { FOUTCODES } from '../foutcodes';
import { getStufValidator } from '../StufValidator';
import { di01Input } from './harness';

afterAll(async () => (await getStufValidator()).close());

function stuf055For(di01Xml: string) {
  const failed = unwrapDi01(di01Xml);
  return buildFo01({
    zender: { organisatie: '0363', applicatie: 'Jeugdregie' },
    ontvanger: { organisatie: failed.stuurgegevens.zender.organisatie },
    referentienummer: 'a3bb189e-8bf9-4888-9912-ace4e6543002',
    tijdstip: new Date('2026-07-01T12:00:00Z'),
    crossRefnummer: failed.stuurgegevens.referentienummer,
    code: 'StUF055',
    plek: 'client',
    details: foutDetails(failed),
    origineel: di01Xml,
  });
}

describe('Fo01', () => {
  const incoming = wrapDi01(di01Input({ zender: { organisatie: '87654321', applicatie: 'ZorgApp' }, ontvanger: { organisatie: '0363' } }));

  it('builds a StUF055 answer that validates and quotes the original envelope as XML', async () => {
    const xml = stuf055For(incoming);
    expect(await (await getStufValidator()).check(xml)).toEqual({ valid: true });
    expect(xml).not.toContain('CDATA');
    const fo01 = parseFo01(xml);
    expect(fo01.stuurgegevens).toMatchObject({
      berichtcode: 'Fo01',
      ontvanger: { organisatie: '87654321', applicatie: 'GGk' },
      crossRefnummer: '0e09a81f-64a0-4793-b946-d6538fb3f37e',
      tijdstipBericht: '20260701140000000', // CEST
    });
    expect(fo01.body).toMatchObject({
      code: 'StUF055',
      plek: 'client',
      omschrijving: 'Berichtbody is niet conform schema in sectormodel',
      details: 'JW301-00010000',
    });
    expect(fo01.foutcode).toBe(FOUTCODES['StUF055']);
    // The quoted original is itself a readable Di01 again.
    expect(unwrapDi01(fo01.body.detailsXML!).stuurgegevens.referentienummer).toBe('0e09a81f-64a0-4793-b946-d6538fb3f37e');
  });

  it('leaves detailsXML out when the original is not well-formed', async () => {
    const xml = stuf055For(incoming).replace(/<StUF:detailsXML>[\s\S]*<\/StUF:detailsXML>/, '');
    const broken = buildFo01({
      zender: { organisatie: '0363', applicatie: 'Jeugdregie' },
      ontvanger: { organisatie: '87654321' },
      crossRefnummer: 'x',
      code: 'StUF055',
      plek: 'client',
      origineel: '<not-closed>',
    });
    expect(broken).not.toContain('detailsXML');
    expect(await (await getStufValidator()).check(broken)).toEqual({ valid: true });
    expect(parseFo01(xml).body.detailsXML).toBeUndefined();
  });

  it('needs an omschrijving for a code it does not know', () => {
    const input = { zender: { organisatie: '0363', applicatie: 'Jeugdregie' }, ontvanger: { organisatie: '1' }, crossRefnummer: 'x', plek: 'server' as const };
    expect(() => buildFo01({ ...input, code: 'XX1' })).toThrow(expect.objectContaining({ code: 'STUF_MISSING_ELEMENT' }));
    expect(parseFo01(buildFo01({ ...input, code: 'XX1', omschrijving: 'Eigen fout' })).foutcode).toBeUndefined();
  });

  it('marks only the temporary freeze (IB103) as worth sending again', () => {
    expect(Object.values(FOUTCODES).filter((f) => f.opnieuwVerzenden).map((f) => f.code)).toEqual(['IB103']);
  });
});
