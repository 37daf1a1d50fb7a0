import { maakBronnen } from '../bronnen.js';
import { TR381 } from '../TR381.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR381', () => {
  it('accepts codes on the municipality list', () => {
    expectValid(TR381, 'JW301');
    expectValid(TR381, 'JW323');
  });
  it('reports nothing when no list is known for the municipality', () => {
    expectValid(TR381, 'JW301', (b) => void (b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Product!.Code = '99X99'), maakBronnen({ vandaag: '2026-08-01' }));
  });
  it('rejects a code that is not on the list for that category, with S329 on the product class', () => {
    const TP = 'Client.ToegewezenProducten.ToegewezenProduct[0]';
    expectFindings(TR381, 'JW301', (b) => void (b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Product!.Categorie = '45'), [
      { klasse: 'ToegewezenProduct', klassePad: TP, pad: `${TP}.Product.Code` },
    ]);
  });
  it('checks a Prestatie against the Ontvanger list of a JW323', () => {
    const P = 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[1]';
    expectFindings(TR381, 'JW323', (b) => void (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductCode = '45A99'), [
      { klasse: 'Prestatie', klassePad: P, pad: `${P}.ProductCode` },
    ]);
  });
});
