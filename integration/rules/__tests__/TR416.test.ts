import { TR416 } from '../TR416.js';
import { expectFindings, expectValid } from './harness.js';

const P = 'Declaratie.Clienten.Client[1].Prestaties.Prestatie[2]';

describe('TR416', () => {
  it('accepts a debet and a credit for the same period and product', () => {
    expectValid(TR416, 'JW323', (b) => {
      const p = b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!;
      p.ProductPeriode = { Begindatum: '2026-04-01', Einddatum: '2026-04-30' };
      p.IngediendBedrag.DebetCredit = 'C';
    });
  });
  it('rejects a second debet for the same period, product and ToewijzingNummer', () => {
    expectFindings(TR416, 'JW323', (b) => {
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductPeriode = { Begindatum: '2026-04-01', Einddatum: '2026-04-30' };
    }, [{ klasse: 'Prestatie', klassePad: P, pad: `${P}.IngediendBedrag.DebetCredit` }]);
  });
});
