/** parseSnel (the streaming path's reader) gives the codec's typed object, on the official example and generated chunks. */
import { parseText } from '../integration/ijw/codec';
import { parseSnel } from '../integration/declaraties/parseSnel';
import { jw323Xml } from '../integration/declaraties/generateJW323';
import { ijwVoorbeeld } from './support/fixtures';

const voorbeeld = ijwVoorbeeld('JW323');

test('official JW323 example', () => {
  expect(parseSnel('JW323', voorbeeld)).toEqual(parseText('JW323', voorbeeld));
});

test('generated message with optional elements, credits and escaped characters', () => {
  const xml = jw323Xml({
    afzender: '12345678', ontvanger: '0505', identificatie: 'A&amp;B', dagtekening: '2026-05-05', nummer: 'DN1',
    periodeBegin: '2026-04-01', periodeEind: '2026-04-30',
    clienten: () => [
      { bsn: '999900006', prestaties: [
        { referentieNummer: 'R<1>&2', toewijzingNummer: 7, productCategorie: '45', productCode: '45A01', begin: '2026-04-01', eind: '2026-04-30', volume: 3, eenheid: '04', tarief: 9000, bedrag: 27000, dc: 'D' },
        { referentieNummer: 'R2', vorigReferentieNummer: 'R0', toewijzingNummer: 7, productCategorie: '45', productCode: '45A03', begin: '2026-03-01', eind: '2026-03-31', volume: 500, eenheid: '83', bedrag: 500, dc: 'C' },
      ] },
      { bsn: '999900018', prestaties: [{ referentieNummer: 'R3', toewijzingNummer: 8, productCategorie: '45', productCode: '45A01', begin: '2026-04-01', eind: '2026-04-30', volume: 1, eenheid: '04', tarief: 1, bedrag: 1, dc: 'D' }] },
    ],
  });
  const snel = parseSnel('JW323', xml);
  expect(snel).toEqual(parseText('JW323', xml));
  expect(snel.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer).toBe('R<1>&2');
});

test('comments and CDATA go through the codec', () => {
  const xml = voorbeeld.replace('<jw323:Bsn>999900006</jw323:Bsn>', '<!-- x --><jw323:Bsn><![CDATA[999900006]]></jw323:Bsn>');
  expect(parseSnel('JW323', xml)).toEqual(parseText('JW323', xml));
});
