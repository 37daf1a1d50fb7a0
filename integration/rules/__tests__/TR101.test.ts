import { parse } from '../../ijw/codec.js';
import { runRegelsSync } from '../runRegels.js';
import { TR101 } from '../TR101.js';
import { expectFindings, expectValid, voorbeeldXml } from './harness.js';

describe('TR101', () => {
  it('accepts distinct StartProducten (a correction with another Begindatum has another key)', () => {
    expectValid(TR101, 'JW305', (b) => {
      const [a] = b.Client.StartProducten.StartProduct;
      b.Client.StartProducten.StartProduct.push({ ...a!, Begindatum: '2026-04-04', StatusAanlevering: '3' });
    });
  });
  it('rejects a StartProduct with the same ToewijzingNummer, Product and Begindatum', () => {
    expectFindings(
      TR101,
      'JW305',
      (b) => {
        const [a] = b.Client.StartProducten.StartProduct;
        b.Client.StartProducten.StartProduct.push({ ...a!, ToewijzingIngangsdatum: '2026-03-01' });
      },
      [{ klasse: 'StartProduct', klassePad: 'Client.StartProducten.StartProduct[2]', pad: 'Client.StartProducten.StartProduct[2]' }],
    );
  });
  it('rejects two ToegewezenProducten with one ToewijzingNummer', () => {
    expectFindings(
      TR101,
      'JW301',
      (b) => void (b.Client.ToegewezenProducten.ToegewezenProduct[1]!.ToewijzingNummer = 300201),
      [
        {
          klasse: 'ToegewezenProduct',
          klassePad: 'Client.ToegewezenProducten.ToegewezenProduct[1]',
          pad: 'Client.ToegewezenProducten.ToegewezenProduct[1]',
        },
      ],
    );
  });
  it('rejects the official JW323 example as published: RN004 twice for one client', () => {
    const b = parse('JW323', voorbeeldXml('JW323'));
    expect(runRegelsSync('JW323', b, { regels: [TR101] }).map((f) => f.klassePad)).toEqual([
      'Declaratie.Clienten.Client[1].Prestaties.Prestatie[2]',
    ]);
  });
});
