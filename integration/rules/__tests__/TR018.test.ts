import { TR018 } from '../TR018.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR018', () => {
  it('accepts Einddatum equal to Begindatum', () => {
    expectValid(TR018, 'JW307', (b) => void (b.Client.StopProducten.StopProduct[0]!.Einddatum = '2026-04-03'));
  });
  it('rejects Einddatum before Begindatum', () => {
    expectFindings(TR018, 'JW307', (b) => void (b.Client.StopProducten.StopProduct[1]!.Einddatum = '2026-04-14'), [
      { klasse: 'StopProduct', klassePad: 'Client.StopProducten.StopProduct[1]', pad: 'Client.StopProducten.StopProduct[1].Einddatum' },
    ]);
  });
});
