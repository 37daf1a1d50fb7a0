import type { BerichtVan } from '../../ijw/codec.js';
import { openIndex } from '../berichtIndex.js';
import { sleutel } from '../helpers.js';
import { prestaties } from '../klassen.js';
import { runRegelsSync } from '../runRegels.js';
import { TR101 } from '../TR101.js';
import { TR416 } from '../TR416.js';
import { basis, testBronnen } from './harness.js';

/** The shared traversals (berichtIndex.ts) and the per-Bsn comparisons must not change any finding. */
describe('berichtIndex', () => {
  const run = (b: BerichtVan<'JW323'>) =>
    runRegelsSync('JW323', b, { regels: [TR101, TR416], bronnen: testBronnen, controleniveaus: ['bericht'] }).map((f) => [f.regel, f.pad]);

  it('shares a traversal within a run only; a message changed between runs is read afresh', () => {
    const b = basis('JW323');
    expect(prestaties(b)).not.toBe(prestaties(b));
    const sluit = openIndex(b);
    expect(prestaties(b)).toBe(prestaties(b));
    sluit();
    expect(run(b)).toEqual([]);
    const p = b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie;
    p[2]!.ProductReferentie.ReferentieNummer = p[0]!.ProductReferentie.ReferentieNummer;
    expect(run(b)).toEqual([['TR101', 'Declaratie.Clienten.Client[1].Prestaties.Prestatie[2]']]);
  });

  it('compares the prestaties of Clients with the same Bsn and reports in message order', () => {
    const b = basis('JW323');
    const clienten = b.Declaratie.Clienten.Client;
    const [a, c] = [clienten[0]!, clienten[1]!];
    // a, c, then copies of c and a (same Bsn, same prestaties): every prestatie of a copy is a duplicate,
    // and the copy of c comes first in the message although a's group is found first.
    clienten.push(structuredClone(c), structuredClone(a));
    const verwacht = (regel: string, suffix: string) =>
      [2, 3].flatMap((ci) =>
        clienten[ci]!.Prestaties.Prestatie.map((_, i) => [regel, `Declaratie.Clienten.Client[${ci}].Prestaties.Prestatie[${i}]${suffix}`]),
      );
    const gevonden = run(b);
    expect(gevonden.filter(([r]) => r === 'TR101')).toEqual([
      ['TR101', 'Declaratie.Clienten.Client[2]'],
      ['TR101', 'Declaratie.Clienten.Client[3]'],
      ...verwacht('TR101', ''),
    ]);
    expect(gevonden.filter(([r]) => r === 'TR416')).toEqual(verwacht('TR416', '.IngediendBedrag.DebetCredit'));
  });

  it('sleutel: equal parts give equal keys, anything else differs', () => {
    expect(sleutel(1, 'a')).toBe(sleutel('1', 'a'));
    expect(sleutel(undefined, 'a')).toBe(sleutel(null, 'a'));
    const keys = [sleutel('a', 'b'), sleutel('a\u0000=b'), sleutel('ab'), sleutel(undefined), sleutel('null'), sleutel(''), sleutel('', ''), sleutel('a\u0000', 'b')];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
