import { maakBronnen } from '../bronnen.js';
import { TR135 } from '../TR135.js';
import { expectFindings, expectValid } from './harness.js';

describe('TR135', () => {
  it('accepts a Dagtekening equal to today', () => {
    expectValid(TR135, 'JW301', undefined, maakBronnen({ vandaag: '2026-04-01' }));
  });
  it('rejects a Dagtekening after today with 8848 on the Header', () => {
    expectFindings(TR135, 'JW323', () => {}, [{ klasse: 'Header', klassePad: 'Header', pad: 'Header.BerichtIdentificatie.Dagtekening' }], maakBronnen({ vandaag: '2026-05-05' }));
  });
});
