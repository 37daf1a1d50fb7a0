import { TR002 } from '../TR002.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR002', () => {
  it('accepts a birth date within 120 years of the Dagtekening', () => {
    expectValid(TR002, 'JW301', (b) => void (b.Client.Geboortedatum.Datum = '1906-04-01'));
  });
  it('accepts an unknown birth date (DatumGebruik 3, 1900-01-01)', () => {
    expectValid(TR002, 'JW305', (b) => void (b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' }));
  });
  it('rejects a client born more than 120 years before the Dagtekening', () => {
    expectFindings(TR002, 'JW315', (b) => void (b.Client.Geboortedatum.Datum = '1906-03-31'), [
      { klasse: 'Client', klassePad: 'Client', pad: 'Client.Geboortedatum.Datum' },
    ]);
  });
  it('checks the Relatie of a JW301 too', () => {
    expectFindings(TR002, 'JW301', (b) => void (b.Client.Relaties!.Relatie[1]!.Geboortedatum!.Datum = '1900-01-01'), [
      { klasse: 'Relatie', klassePad: 'Client.Relaties.Relatie[1]', pad: 'Client.Relaties.Relatie[1].Geboortedatum.Datum' },
    ]);
  });
});
