import { TR134 } from '../TR134.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR134', () => {
  it('accepts a StartProduct Begindatum equal to the Dagtekening', () => {
    expectValid(TR134, 'JW305', (b) => void (b.Client.StartProducten.StartProduct[0]!.Begindatum = '2026-04-15'));
  });
  it('rejects a StartProduct Begindatum after the Dagtekening', () => {
    expectFindings(TR134, 'JW305', (b) => void (b.Client.StartProducten.StartProduct[0]!.Begindatum = '2026-04-16'), [
      {
        klasse: 'StartProduct',
        klassePad: 'Client.StartProducten.StartProduct[0]',
        pad: 'Client.StartProducten.StartProduct[0].Begindatum',
      },
    ]);
  });
  it('rejects a Toewijzingsdatum after the Dagtekening', () => {
    expectFindings(TR134, 'JW301', (b) => void (b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Toewijzingsdatum = '2026-04-02'), [
      {
        klasse: 'ToegewezenProduct',
        klassePad: 'Client.ToegewezenProducten.ToegewezenProduct[0]',
        pad: 'Client.ToegewezenProducten.ToegewezenProduct[0].Toewijzingsdatum',
      },
    ]);
  });
  it('rejects a DeclaratieDagtekening after the Dagtekening', () => {
    expectFindings(TR134, 'JW323', (b) => void (b.Declaratie.DeclaratieDagtekening = '2026-05-07'), [
      { klasse: 'Declaratie', klassePad: 'Declaratie', pad: 'Declaratie.DeclaratieDagtekening' },
    ]);
  });
});
