import { TR342 } from '../TR342.js';
import { expectFindings, expectValid } from './harness.js';

const DA = { klasse: 'DeclaratieAntwoord', klassePad: 'DeclaratieAntwoord' };

describe('TR342', () => {
  it('accepts a rejected DeclaratieAntwoord with TotaalToegekendBedrag 0 and no prestaties', () => {
    expectValid(TR342, 'JW325', (b) => {
      const a = b.DeclaratieAntwoord!;
      a.RetourCodes.RetourCode = ['9333'];
      a.TotaalToegekendBedrag = { TotaalBedrag: 0, DebetCredit: 'D' };
      delete a.Clienten;
    });
  });
  it('rejects a sum of the returned prestaties that does not explain the difference', () => {
    expectFindings(TR342, 'JW325', (b) => void (b.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag = 35000), [
      { ...DA, pad: 'DeclaratieAntwoord.Clienten' },
    ]);
  });
  it('rejects a rejected DeclaratieAntwoord with a TotaalToegekendBedrag', () => {
    expectFindings(TR342, 'JW325', (b) => void (b.DeclaratieAntwoord!.RetourCodes.RetourCode = ['9333']), [
      { ...DA, pad: 'DeclaratieAntwoord.TotaalToegekendBedrag' },
    ]);
  });
});
