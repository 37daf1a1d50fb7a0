import { TR006 } from '../TR006.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR006', () => {
  it('accepts a Contact with Huis and Postcode but no Telefoon', () => {
    expectValid(TR006, 'JW301', (b) => void delete b.Client.Contactgegevens.Contact[0]!.Telefoon);
  });
  it('rejects a Contact with neither Telefoon nor Huis + Postcode', () => {
    expectFindings(
      TR006,
      'JW301',
      (b) => {
        const c = b.Client.Contactgegevens.Contact[1]!;
        delete c.Telefoon;
        delete c.Adres!.Postcode;
      },
      [{ klasse: 'Contact', klassePad: 'Client.Contactgegevens.Contact[1]', pad: 'Client.Contactgegevens.Contact[1]' }],
    );
  });
  it('checks the Contact of a Relatie', () => {
    expectFindings(
      TR006,
      'JW301',
      (b) => {
        const c = b.Client.Relaties!.Relatie[0]!.Contact;
        delete c.Telefoon;
        delete c.Adres;
      },
      [{ klasse: 'Contact', klassePad: 'Client.Relaties.Relatie[0].Contact', pad: 'Client.Relaties.Relatie[0].Contact' }],
    );
  });
});
