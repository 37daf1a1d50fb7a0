import { TR380 } from '../TR380.js';
import { expectFindings, expectValid } from './harness.js';

const NP = 'Client.Verzoek.NieuweProducten.NieuwProduct[0]';

describe('TR380', () => {
  it('accepts an Einddatum the day after the Dagtekening', () => {
    expectValid(TR380, 'JW317', (b) => void (b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Einddatum = '2026-01-03'));
  });
  it('rejects an Einddatum on the Dagtekening', () => {
    expectFindings(TR380, 'JW317', (b) => void (b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Einddatum = '2026-01-02'), [
      { klasse: 'NieuwProduct', klassePad: NP, pad: `${NP}.Einddatum` },
    ]);
  });
  it('checks TeWijzigenProduct too', () => {
    const TW = 'Client.Verzoek.TeWijzigenProducten.TeWijzigenProduct[0]';
    expectFindings(TR380, 'JW317', (b) => {
      b.Client.Verzoek.TeWijzigenProducten = {
        TeWijzigenProduct: [{ ToewijzingNummer: 10072, GewensteIngangsdatum: '2025-06-01', Einddatum: '2025-12-31' }],
      };
    }, [{ klasse: 'TeWijzigenProduct', klassePad: TW, pad: `${TW}.Einddatum` }]);
  });
});
