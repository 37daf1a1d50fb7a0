import { TR352 } from '../TR352.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR352', () => {
  it('accepts a TeWijzigenProduct without OngewijzigdProduct', () => {
    expectValid(TR352, 'JW317', (b) => {
      delete b.Client.Verzoek.OngewijzigdeProducten;
      b.Client.Verzoek.TeWijzigenProducten = { TeWijzigenProduct: [{ ToewijzingNummer: 10071, GewensteIngangsdatum: '2026-02-01' }] };
    });
  });
  it('rejects a Verzoek with neither OngewijzigdProduct nor TeWijzigenProduct', () => {
    expectFindings(TR352, 'JW317', (b) => void delete b.Client.Verzoek.OngewijzigdeProducten, [
      { klasse: 'Verzoek', klassePad: 'Client.Verzoek', pad: 'Client.Verzoek' },
    ]);
  });
});
