import { TR378 } from '../TR378.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR378', () => {
  it('accepts the CBS codes in the examples (Afzender of a JW301, Ontvanger of a JW305)', () => {
    expectValid(TR378, 'JW301');
    expectValid(TR378, 'JW305');
  });
  it('rejects an unknown Afzender gemeente with S300 on the Header', () => {
    expectFindings(TR378, 'JW301', (b) => void (b.Header.Afzender = '0001'), [{ klasse: 'Header', klassePad: 'Header', pad: 'Header.Afzender' }]);
  });
  it('rejects an unknown Ontvanger gemeente of a JW323', () => {
    expectFindings(TR378, 'JW323', (b) => void (b.Header.Ontvanger = '9999'), [{ klasse: 'Header', klassePad: 'Header', pad: 'Header.Ontvanger' }]);
  });
  it('checks Woonplaatsbeginsel.Gemeente of a JW319', () => {
    expectFindings(TR378, 'JW319', (b) => void (b.Antwoord.Woonplaatsbeginsel!.Gemeente = '0002'), [
      { klasse: 'Woonplaatsbeginsel', klassePad: 'Antwoord.Woonplaatsbeginsel', pad: 'Antwoord.Woonplaatsbeginsel.Gemeente' },
    ]);
  });
});
