import { TR409 } from '../TR409.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR409', () => {
  it('accepts Woonplaatsbeginsel with reason 8', () => {
    expectValid(TR409, 'JW319');
  });
  it('rejects Woonplaatsbeginsel with another reason', () => {
    expectFindings(TR409, 'JW319', (b) => void (b.Antwoord.RedenAfwijzingVerzoek = '1'), [
      { klasse: 'Antwoord', klassePad: 'Antwoord', pad: 'Antwoord.Woonplaatsbeginsel' },
    ]);
  });
  it('rejects Woonplaatsbeginsel without a reason', () => {
    expectFindings(TR409, 'JW319', (b) => {
      b.Antwoord.VerzoekAntwoord = '2';
      delete b.Antwoord.RedenAfwijzingVerzoek;
    }, [{ klasse: 'Antwoord', klassePad: 'Antwoord', pad: 'Antwoord.Woonplaatsbeginsel' }]);
  });
});
