import { TR316 } from '../TR316.js';
import { expectFindings, expectValid } from './harness.js';

const P = 'Declaratie.Clienten.Client[1].Prestaties.Prestatie[0]';

describe('TR316', () => {
  it('accepts a credit of a prestatie from an earlier message', () => {
    expectValid(TR316, 'JW323', (b) => {
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'RN000';
    });
  });
  it('rejects crediting a debet prestatie of the same message', () => {
    expectFindings(TR316, 'JW323', (b) => {
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'RN001';
    }, [{ klasse: 'Prestatie', klassePad: P, pad: `${P}.ProductReferentie.VorigReferentieNummer` }]);
  });
});
