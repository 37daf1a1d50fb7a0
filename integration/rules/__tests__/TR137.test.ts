import { TR137 } from '../TR137.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR137', () => {
  it('accepts a ProductPeriode ending on the Dagtekening', () => {
    expectValid(TR137, 'JW323', (b) => {
      b.Header.BerichtIdentificatie.Dagtekening = '2026-04-30';
      b.Declaratie.DeclaratieDagtekening = '2026-04-30';
    });
  });
  it('rejects a ProductPeriode ending after the Dagtekening', () => {
    expectFindings(TR137, 'JW323', (b) => void (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductPeriode.Einddatum = '2026-05-07'), [
      {
        klasse: 'Prestatie',
        klassePad: 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[1]',
        pad: 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[1].ProductPeriode.Einddatum',
      },
    ]);
  });
  it('rejects a ProductPeriode ending before it begins (JW325)', () => {
    expectFindings(TR137, 'JW325', (b) => void (b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2023-03-31'), [
      {
        klasse: 'Prestatie',
        klassePad: 'DeclaratieAntwoord.Clienten.Client[0].Prestaties.Prestatie[0]',
        pad: 'DeclaratieAntwoord.Clienten.Client[0].Prestaties.Prestatie[0].ProductPeriode.Einddatum',
      },
    ]);
  });
});
