import { TR410 } from '../TR410.js';
import { expectFindings, expectValid } from './harness.js';

const NP1 = 'Client.Verzoek.NieuweProducten.NieuwProduct[1]';

describe('TR410', () => {
  it('accepts another product in the same period', () => {
    expectValid(TR410, 'JW317', (b) => {
      const [a] = b.Client.Verzoek.NieuweProducten!.NieuwProduct;
      b.Client.Verzoek.NieuweProducten!.NieuwProduct.push({ ...a!, Product: { Categorie: '45', Code: '45A04' } });
    });
  });
  it('rejects the same NieuwProduct in an overlapping period', () => {
    expectFindings(TR410, 'JW317', (b) => {
      const [a] = b.Client.Verzoek.NieuweProducten!.NieuwProduct;
      b.Client.Verzoek.NieuweProducten!.NieuwProduct.push({ ...a!, GewensteIngangsdatum: '2027-01-01' });
    }, [{ klasse: 'NieuwProduct', klassePad: NP1, pad: `${NP1}.GewensteIngangsdatum` }]);
  });
});
