/**
 * The CD/CS rules: per rule one mutation that violates it (with the expected klassePad and pad) and one
 * that stays valid, each on the official example of the type (see harness.ts).
 */
import type { BerichtVan } from '../../ijw/codec.js';
import { CD005 } from '../CD005.js';
import { CD034 } from '../CD034.js';
import { CD066 } from '../CD066.js';
import { CD067 } from '../CD067.js';
import { CD068 } from '../CD068.js';
import { CD080 } from '../CD080.js';
import { conditieRegels } from '../condities.js';
import { elfproef } from '../CS002.js';
import { CS050 } from '../CS050.js';
import { CS089 } from '../CS089.js';
import { CS139 } from '../CS139.js';
import { CS318 } from '../CS318.js';
import { CS338 } from '../CS338.js';
import type { Regel } from '../Regel.js';
import { GEVALLEN } from './conditieVarianten.js';
import { expectFindings, expectValid } from './harness.js';

describe.each(conditieRegels.map((r) => [r.code, r] as [string, Regel]))('%s', (code, regel) => {
  const geval = GEVALLEN[code];
  it('has a test case', () => expect(geval).toBeDefined());
  if (!geval) return;
  it('accepts a valid variant', () => expectValid(regel, geval.type, geval.geldig));
  it('rejects a violating variant', () => {
    expectFindings(regel, geval.type, geval.fout, [{ klasse: geval.klassePad === 'Client' ? 'Client' : expect.any(String), klassePad: geval.klassePad, pad: geval.pad }]);
  });
});

describe('elfproef', () => {
  it.each(['999900006', '999900018', '111222333'])('accepts %s', (bsn) => expect(elfproef(bsn)).toBe(true));
  it.each(['999900007', '000000000', '12345678'])('rejects %s', (bsn) => expect(elfproef(bsn)).toBe(false));
});

/** Further cases: the other messages and classes a rule names, and the boundaries of its condition. */
describe('CD/CS: more cases', () => {
  const R0 = 'Client.Relaties.Relatie[0]';
  const TP0 = 'Client.ToegewezenProducten.ToegewezenProduct[0]';
  const NP0 = 'Client.Verzoek.NieuweProducten.NieuwProduct[0]';
  const TW0 = 'Client.Verzoek.TeWijzigenProducten.TeWijzigenProduct[0]';

  it('CS139 on a Relatie in JW301 and on the Client in JW307; DatumGebruik 3 is 1900-01-01, 1 is the first of a month', () => {
    expectFindings(CS139, 'JW301', (b) => void (b.Client.Relaties!.Relatie[0]!.Geboortedatum = { Datum: '1971-04-07', DatumGebruik: '3' }), [
      { klasse: 'Relatie', klassePad: R0, pad: `${R0}.Geboortedatum.DatumGebruik` },
    ]);
    expectFindings(CS139, 'JW307', (b) => void (b.Client.Geboortedatum = { Datum: '2010-02-14', DatumGebruik: '1' }), [
      { klasse: 'Client', klassePad: 'Client', pad: 'Client.Geboortedatum.DatumGebruik' },
    ]);
    expectValid(CS139, 'JW301', (b) => void (b.Client.Relaties!.Relatie[0]!.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' }));
    expectValid(CS139, 'JW315', (b) => void (b.Client.Geboortedatum = { Datum: '2010-02-01', DatumGebruik: '1' }));
  });

  it('CS050 on the Client: 6 with a Partnernaam, 5 without; CS318 leaves the Relatie alone', () => {
    const partner = { Achternaam: 'Vries' };
    expectFindings(CS050, 'JW301', (b) => { b.Client.Naam.Partnernaam = partner; b.Client.Naam.NaamGebruik = '6'; }, [
      { klasse: 'Client', klassePad: 'Client', pad: 'Client.Naam.NaamGebruik' },
    ]);
    expectFindings(CS050, 'JW301', (b) => void (b.Client.Naam.NaamGebruik = '5'), [{ klasse: 'Client', klassePad: 'Client', pad: 'Client.Naam.NaamGebruik' }]);
    expectValid(CS050, 'JW301', (b) => { b.Client.Naam.Partnernaam = partner; b.Client.Naam.NaamGebruik = '4'; });
    expectValid(CS318, 'JW301', (b) => void (b.Client.Relaties!.Relatie[1]!.Naam.NaamGebruik = '6'));
  });

  it('CD034 and CS089 read only a present Adres; CS089 wants the whole value in the Dutch format', () => {
    expectValid(CD034, 'JW301', (b) => void delete b.Client.Contactgegevens.Contact[0]!.Adres);
    expectValid(CS089, 'JW301', (b) => void (b.Client.Contactgegevens.Contact[0]!.Adres!.Postcode = '1234ab'));
    for (const postcode of ['0999XX', '9999XXX', '999XX']) {
      expectFindings(CS089, 'JW301', (b) => void (b.Client.Contactgegevens.Contact[0]!.Adres!.Postcode = postcode), [
        { klasse: 'Contact', klassePad: 'Client.Contactgegevens.Contact[0]', pad: 'Client.Contactgegevens.Contact[0].Adres.Postcode' },
      ]);
    }
  });

  it('CD005 also rejects a LandCode without Postcode', () => {
    expectFindings(CD005, 'JW301', (b) => void delete b.Client.Relaties!.Relatie[0]!.Contact!.Adres!.Postcode, [
      { klasse: 'Contact', klassePad: `${R0}.Contact`, pad: `${R0}.Contact.Adres.LandCode` },
    ]);
  });

  it('CD080 applies after 2020-12-31 and without Einddatum; a product without Product has no Code', () => {
    const zonderCode = (einde?: string) => (b: BerichtVan<'JW301'>) => {
      const t = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
      t.Product = { Categorie: '45' };
      if (einde === undefined) delete t.Einddatum;
      else t.Einddatum = einde;
    };
    const fout = [{ klasse: 'ToegewezenProduct', klassePad: TP0, pad: `${TP0}.Omvang` }];
    expectValid(CD080, 'JW301', zonderCode('2020-12-31'));
    expectFindings(CD080, 'JW301', zonderCode('2021-01-01'), fout);
    expectFindings(CD080, 'JW301', zonderCode(), fout);
    expectFindings(CD080, 'JW301', (b) => void delete b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Product, fout);
  });

  it('CS338 on JW317 NieuwProduct and TeWijzigenProduct; not before 2021 nor for other units', () => {
    expectFindings(CS338, 'JW317', (b) => void (b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Omvang = { Volume: 1, Eenheid: '14', Frequentie: '1' }), [
      { klasse: 'NieuwProduct', klassePad: NP0, pad: `${NP0}.Omvang.Frequentie` },
    ]);
    const teWijzigen = (eenheid: '83' | '82', einddatum: string) => (b: BerichtVan<'JW317'>) => {
      b.Client.Verzoek.TeWijzigenProducten = {
        TeWijzigenProduct: [{ ToewijzingNummer: 10071, GewensteIngangsdatum: '2020-06-01', Einddatum: einddatum, Omvang: { Volume: 100, Eenheid: eenheid, Frequentie: '1' } }],
      } as unknown as BerichtVan<'JW317'>['Client']['Verzoek']['TeWijzigenProducten'];
    };
    expectFindings(CS338, 'JW317', teWijzigen('83', '2021-03-31'), [{ klasse: 'TeWijzigenProduct', klassePad: TW0, pad: `${TW0}.Omvang.Frequentie` }]);
    expectValid(CS338, 'JW317', teWijzigen('83', '2020-12-31'));
    expectValid(CS338, 'JW317', teWijzigen('82', '2021-03-31'));
  });

  it('CD068 for types 06 and 08; CD066/CD067 not for type 01', () => {
    const AP0 = 'Client.AangevraagdeProducten.AangevraagdProduct[0]';
    expectFindings(CD068, 'JW315', (b) => void (b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer = { Type: '08', ZorgverlenerCode: '12345678' }), [
      { klasse: 'AangevraagdProduct', klassePad: AP0, pad: `${AP0}.Verwijzer.ZorgverlenerCode` },
    ]);
    expectValid(CD067, 'JW315', (b) => void (b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer = { Type: '01' }));
    expectValid(CD066, 'JW315', (b) => void (b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer = { Type: '01', Naam: 'Gemeente' }));
  });
});
