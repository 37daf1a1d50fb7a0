import { klopt, TR346 } from '../TR346.js';
import { expectFindings, expectValid } from './harness.js';

const P = 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[0]';

describe('TR346', () => {
  it('accepts volume × tariff', () => {
    expectValid(TR346, 'JW323');
  });
  it('accepts any amount for Eenheid 83 (euro)', () => {
    expectValid(TR346, 'JW323', (b) => {
      const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
      p.Eenheid = '83';
      delete p.ProductTarief;
      p.GeleverdVolume = 5000;
    });
  });
  it('rejects an amount that is not volume × tariff with 9346 on the Prestatie', () => {
    expectFindings(TR346, 'JW323', (b) => void (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.IngediendBedrag.Bedrag = 5001), [
      { klasse: 'Prestatie', klassePad: P, pad: `${P}.IngediendBedrag.Bedrag` },
    ]);
  });
  it('minutes: the hourly tariff × volume / 60, rounded (IV081)', () => {
    // hourly 10000 cents -> per minute 166.67 -> ProductTarief 167; 45 minutes = 7500, not 45 × 167 = 7515
    const p = { Eenheid: '01', GeleverdVolume: 45, ProductTarief: 167, IngediendBedrag: { Bedrag: 7500, DebetCredit: 'D' } };
    expect(klopt(p)).toBe(true);
    expect(klopt({ ...p, IngediendBedrag: { Bedrag: 7515, DebetCredit: 'D' } })).toBe(true);
    expect(klopt({ ...p, IngediendBedrag: { Bedrag: 7400, DebetCredit: 'D' } })).toBe(false);
    expect(klopt({ ...p, Eenheid: '04', IngediendBedrag: { Bedrag: 7500, DebetCredit: 'D' } })).toBe(false);
  });
});
