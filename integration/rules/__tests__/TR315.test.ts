import { TR315 } from '../TR315.js';
import { expectFindings, expectValid } from './harness.js';

const P = (c: number, p: number) => `Declaratie.Clienten.Client[${c}].Prestaties.Prestatie[${p}]`;

describe('TR315', () => {
  it('accepts distinct VorigReferentieNummers', () => {
    expectValid(TR315, 'JW323', (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'OUD1';
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'OUD2';
    });
  });
  it('rejects a VorigReferentieNummer used twice', () => {
    expectFindings(TR315, 'JW323', (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'OUD1';
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'OUD1';
    }, [{ klasse: 'Prestatie', klassePad: P(1, 0), pad: `${P(1, 0)}.ProductReferentie.VorigReferentieNummer` }]);
  });
});
