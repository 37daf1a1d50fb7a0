import { TR383 } from '../TR383.js';
import { expectFindings, expectValid } from './harness.js';

const AP = 'Client.AangevraagdeProducten.AangevraagdProduct[1]';

describe('TR383', () => {
  it('accepts distinct ReferentieAanbieder values', () => {
    expectValid(TR383, 'JW315');
  });
  it('rejects a ReferentieAanbieder used twice', () => {
    expectFindings(TR383, 'JW315', (b) => void (b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.ReferentieAanbieder = '40A12341234'), [
      { klasse: 'AangevraagdProduct', klassePad: AP, pad: `${AP}.ReferentieAanbieder` },
    ]);
  });
});
