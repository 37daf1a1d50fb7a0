import { TR335 } from '../TR335.js';
import { expectFindings, expectValid } from './harness.js';

const P = 'Declaratie.Clienten.Client[0].Prestaties.Prestatie[0]';

describe('TR335', () => {
  it('accepts an Einddatum exactly 5 years before DeclaratieDagtekening', () => {
    expectValid(TR335, 'JW323', (b) => void (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2021-05-06'));
  });
  it('rejects an Einddatum more than 5 years before DeclaratieDagtekening', () => {
    expectFindings(TR335, 'JW323', (b) => void (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2021-05-05'), [
      { klasse: 'Prestatie', klassePad: P, pad: `${P}.ProductPeriode.Einddatum` },
    ]);
  });
});
