import { TR061 } from '../TR061.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR061', () => {
  it('accepts a client with a BRP-adres only', () => {
    expectValid(TR061, 'JW301', (b) => {
      b.Client.Contactgegevens.Contact = [{ ...b.Client.Contactgegevens.Contact[0]!, Soort: '01' }];
    });
  });
  it('rejects a client with only a tijdelijk adres (04)', () => {
    expectFindings(TR061, 'JW301', (b) => void (b.Client.Contactgegevens.Contact[0]!.Soort = '04'), [
      { klasse: 'Client', klassePad: 'Client', pad: 'Client.Contactgegevens' },
    ]);
  });
});
