import { TR358 } from '../TR358.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR358', () => {
  it('subtracts credit prestaties', () => {
    expectValid(TR358, 'JW323', (b) => {
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.IngediendBedrag.DebetCredit = 'C';
      b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 79000 - 2 * 21000;
    });
  });
  it('rejects a total that is not the sum of the prestaties', () => {
    expectFindings(TR358, 'JW323', (b) => void (b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 79001), [
      { klasse: 'Declaratie', klassePad: 'Declaratie', pad: 'Declaratie.TotaalIngediendBedrag' },
    ]);
  });
});
