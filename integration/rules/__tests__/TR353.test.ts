import { TR353 } from '../TR353.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR353', () => {
  it('accepts a TeWijzigenProduct without NieuwProduct', () => {
    expectValid(TR353, 'JW317', (b) => {
      delete b.Client.Verzoek.NieuweProducten;
      b.Client.Verzoek.TeWijzigenProducten = { TeWijzigenProduct: [{ ToewijzingNummer: 10072, GewensteIngangsdatum: '2026-02-01' }] };
    });
  });
  it('rejects a Verzoek with neither TeWijzigenProduct nor NieuwProduct', () => {
    expectFindings(TR353, 'JW317', (b) => void delete b.Client.Verzoek.NieuweProducten, [
      { klasse: 'Verzoek', klassePad: 'Client.Verzoek', pad: 'Client.Verzoek' },
    ]);
  });
});
