import { TR302 } from '../TR302.js';
import { expectFindings, expectValid } from './harness.js';

const TP1 = 'Client.ToegewezenProducten.ToegewezenProduct[1]';

describe('TR302', () => {
  it('accepts the same product twice in consecutive periods', () => {
    expectValid(TR302, 'JW301', (b) => {
      const [a, c] = b.Client.ToegewezenProducten.ToegewezenProduct;
      c!.Product = { ...a!.Product! };
      c!.Ingangsdatum = '2026-07-15';
    });
  });
  it('ignores a deleted allocation (Einddatum = Ingangsdatum, RedenWijziging 13)', () => {
    expectValid(TR302, 'JW301', (b) => {
      const [a, c] = b.Client.ToegewezenProducten.ToegewezenProduct;
      c!.Product = { ...a!.Product! };
      c!.Einddatum = c!.Ingangsdatum;
      c!.RedenWijziging = '13';
    });
  });
  it('rejects the same product code in overlapping periods', () => {
    expectFindings(TR302, 'JW301', (b) => {
      const [a, c] = b.Client.ToegewezenProducten.ToegewezenProduct;
      c!.Product = { ...a!.Product! };
    }, [{ klasse: 'ToegewezenProduct', klassePad: TP1, pad: `${TP1}.Ingangsdatum` }]);
  });
  it('compares on category level when a code is missing', () => {
    expectFindings(TR302, 'JW301', (b) => {
      delete b.Client.ToegewezenProducten.ToegewezenProduct[1]!.Product!.Code;
    }, [{ klasse: 'ToegewezenProduct', klassePad: TP1, pad: `${TP1}.Ingangsdatum` }]);
  });
  it('an allocation without Product may overlap with no other product', () => {
    expectFindings(TR302, 'JW301', (b) => {
      const c = b.Client.ToegewezenProducten.ToegewezenProduct[1]!;
      delete c.Product;
      c.Budget = 100000;
    }, [{ klasse: 'ToegewezenProduct', klassePad: TP1, pad: `${TP1}.Ingangsdatum` }]);
  });
});
