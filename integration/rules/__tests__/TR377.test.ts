import { TR377 } from '../TR377.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR377', () => {
  it('accepts another reason without Woonplaatsbeginsel', () => {
    expectValid(TR377, 'JW319', (b) => {
      b.Antwoord.RedenAfwijzingVerzoek = '1';
      delete b.Antwoord.Woonplaatsbeginsel;
    });
  });
  it('rejects reason 8 without Woonplaatsbeginsel', () => {
    expectFindings(TR377, 'JW319', (b) => void delete b.Antwoord.Woonplaatsbeginsel, [
      { klasse: 'Antwoord', klassePad: 'Antwoord', pad: 'Antwoord.Woonplaatsbeginsel' },
    ]);
  });
});
