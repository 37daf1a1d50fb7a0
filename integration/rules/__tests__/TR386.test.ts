import { TR386 } from '../TR386.js';
import { expectFindings, expectValid } from './harness.js';

const AP1 = 'Client.AangevraagdeProducten.AangevraagdProduct[1]';

describe('TR386', () => {
  it('accepts the same product twice in consecutive periods', () => {
    expectValid(TR386, 'JW315', (b) => {
      const [a, c] = b.Client.AangevraagdeProducten.AangevraagdProduct;
      a!.ToewijzingEinddatum = '2026-12-31';
      c!.Product = { ...a!.Product! };
      c!.ToewijzingIngangsdatum = '2027-01-01';
    });
  });
  it('rejects the same product in overlapping periods', () => {
    expectFindings(TR386, 'JW315', (b) => {
      const [a, c] = b.Client.AangevraagdeProducten.AangevraagdProduct;
      c!.Product = { ...a!.Product! };
    }, [{ klasse: 'AangevraagdProduct', klassePad: AP1, pad: `${AP1}.ToewijzingIngangsdatum` }]);
  });
});
