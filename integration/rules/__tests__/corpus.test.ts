/**
 * The generated corpus: variants of the official examples, each built to XML with the codec and run
 * through valideer() (XSD, then the rules, layered as IV028 prescribes). Each variant must get exactly
 * the expected rules and return codes, and nothing else. At least one variant per registered rule, plus
 * structural breakage that the XSD layer rejects.
 */
import type { BerichtType } from '../../ijw/berichttypen.js';
import { buildBericht, type BerichtVan } from '../../ijw/codec.js';
import { specifiedRegels } from '../specifiedRegels.js';
import { valideer } from '../valideer.js';
import { GEVALLEN } from './conditieVarianten.js';
import { basis, testBronnen } from './harness.js';

interface Variant {
  naam: string;
  type: BerichtType;
  /** A mutation of the typed example, or of its XML (structural breakage). */
  mutatie?: (b: never) => void;
  xml?: (xml: string) => string;
  regels: string[];
  codes: string[];
}

const v = <T extends BerichtType>(naam: string, type: T, mutatie: (b: BerichtVan<T>) => void, regels: string[], codes = ['0001']): Variant => ({
  naam,
  type,
  mutatie: mutatie as (b: never) => void,
  regels,
  codes,
});
const x = (naam: string, type: BerichtType, xml: (s: string) => string): Variant => ({ naam, type, xml, regels: ['XSD'], codes: ['0001'] });

const sp = (b: BerichtVan<'JW305'>) => b.Client.StartProducten.StartProduct;
const tp = (b: BerichtVan<'JW301'>) => b.Client.ToegewezenProducten.ToegewezenProduct;
const pr = (b: BerichtVan<'JW323'>, c = 0, p = 0) => b.Declaratie.Clienten.Client[c]!.Prestaties.Prestatie[p]!;

const VARIANTEN: Variant[] = [
  // xslt rules
  v('TR002 client older than 120 years', 'JW307', (b) => void (b.Client.Geboortedatum.Datum = '1906-07-19'), ['TR002']),
  // without Postcode the LandCode goes too (CD005: LandCode only with a Postcode)
  v('TR006 contact without phone or address', 'JW301', (b) => { const c = b.Client.Contactgegevens.Contact[1]!; delete c.Telefoon; delete c.Adres!.Postcode; delete c.Adres!.LandCode; }, ['TR006']),
  v('TR018 stop before start', 'JW307', (b) => void (b.Client.StopProducten.StopProduct[0]!.Einddatum = '2026-04-02'), ['TR018']),
  v('TR061 no BRP/correspondence/residence address', 'JW301', (b) => void (b.Client.Contactgegevens.Contact[0]!.Soort = '04'), ['TR061']),
  v('TR101 duplicate StartProduct', 'JW305', (b) => void sp(b).push({ ...sp(b)[0]! }), ['TR101']),
  v('TR134 start after Dagtekening', 'JW305', (b) => void (sp(b)[1]!.Begindatum = '2026-04-16'), ['TR134']),
  v('TR137 ProductPeriode after Dagtekening', 'JW323', (b) => { b.Header.BerichtIdentificatie.Dagtekening = '2026-04-29'; b.Declaratie.DeclaratieDagtekening = '2026-04-29'; }, ['TR137']),
  v('TR302 overlapping allocations', 'JW301', (b) => void (tp(b)[1]!.Product = { Categorie: '55', Code: '55A11' }), ['TR302']),
  v('TR315 VorigReferentieNummer twice', 'JW323', (b) => {
    for (const [c, p] of [[0, 0], [1, 0]] as const) { pr(b, c, p).IngediendBedrag.DebetCredit = 'C'; pr(b, c, p).ProductReferentie.VorigReferentieNummer = 'OUD1'; }
    b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 79000 - 20000;
  }, ['TR315']),
  v('TR316 credit of a debet in the same message', 'JW323', (b) => {
    pr(b, 1, 0).IngediendBedrag.DebetCredit = 'C'; pr(b, 1, 0).ProductReferentie.VorigReferentieNummer = 'RN001';
    b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 79000 - 10000;
  }, ['TR316']),
  v('TR335 ProductPeriode older than 5 years', 'JW323', (b) => {
    b.Declaratie.DeclaratieDagtekening = '2026-05-06'; pr(b).ProductPeriode = { Begindatum: '2021-01-01', Einddatum: '2021-01-31' };
  }, ['TR335']),
  v('TR342 unexplained difference', 'JW325', (b) => void (b.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag = 1), ['TR342']),
  v('TR352 no unchanged or changed product', 'JW317', (b) => void delete b.Client.Verzoek.OngewijzigdeProducten, ['TR352']),
  v('TR353 no changed or new product', 'JW317', (b) => void delete b.Client.Verzoek.NieuweProducten, ['TR353']),
  v('TR358 wrong total', 'JW323', (b) => void (b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 1), ['TR358']),
  v('TR377 reason 8 without Woonplaatsbeginsel', 'JW319', (b) => void delete b.Antwoord.Woonplaatsbeginsel, ['TR377']),
  v('TR380 Einddatum not after Dagtekening', 'JW317', (b) => void (b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Einddatum = '2026-01-02'), ['TR380', 'CS003']),
  v('TR383 ReferentieAanbieder twice', 'JW315', (b) => void (b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.ReferentieAanbieder = '40A12341234'), ['TR383']),
  v('TR386 overlapping requests', 'JW315', (b) => void (b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Product = { Categorie: '55', Code: '55A11' }), ['TR386']),
  v('TR409 Woonplaatsbeginsel with another reason', 'JW319', (b) => void (b.Antwoord.RedenAfwijzingVerzoek = '1'), ['TR409']),
  v('TR410 overlapping new products', 'JW317', (b) => void b.Client.Verzoek.NieuweProducten!.NieuwProduct.push({ ...b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]! }), ['TR410']),
  v('TR416 second debet', 'JW323', (b) => void (pr(b, 1, 2).ProductPeriode = { Begindatum: '2026-04-01', Einddatum: '2026-04-30' }), ['TR416']),
  // external rules: level 3/4, their own codes
  v('TR135 Dagtekening in the future', 'JW319', (b) => void (b.Header.BerichtIdentificatie.Dagtekening = '2026-08-02'), ['TR135'], ['8848']),
  v('TR346 amount is not volume × tariff', 'JW323', (b) => { pr(b).IngediendBedrag.Bedrag = 5100; b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 79100; }, ['TR346'], ['9346']),
  v('TR378 unknown municipality', 'JW315', (b) => void (b.Header.Ontvanger = '0001'), ['TR378'], ['S300']),
  v('TR381 product code not on the list', 'JW305', (b) => void (sp(b)[0]!.Product!.Code = '55B99'), ['TR381'], ['S329']),
  // structural breakage: the XSD layer
  x('XSD missing required element', 'JW301', (s) => s.replace(/<jw301:Toewijzingstijd>[^<]*<\/jw301:Toewijzingstijd>/, '')),
  x('XSD code outside its list', 'JW307', (s) => s.replace('<jw307:RedenBeeindiging>31<', '<jw307:RedenBeeindiging>99<')),
  x('XSD impossible date', 'JW305', (s) => s.replace('<jw305:Begindatum>2026-04-03<', '<jw305:Begindatum>2026-02-30<')),
  x('XSD element out of order', 'JW319', (s) => s.replace(/(<jw319:ReferentieAanbieder>[^<]*<\/jw319:ReferentieAanbieder>)(\s*)(<jw319:VerzoekAntwoord>[^<]*<\/jw319:VerzoekAntwoord>)/, '$3$2$1')),
  x('XSD empty element', 'JW323', (s) => s.replace('<jw323:DeclaratieNummer>DN001<', '<jw323:DeclaratieNummer><')),
];

// the CD/CS rules: their violating variants from conditieVarianten.ts
for (const [code, g] of Object.entries(GEVALLEN)) {
  VARIANTEN.push({ naam: `${code} violated`, type: g.type, mutatie: g.fout as (b: never) => void, regels: [code], codes: ['0001'] });
}

/** Variants whose mutation necessarily breaks a second rule as well (same code, documented). */
const EXTRA: Record<string, string[]> = {
  // an allocation without Product (and without Budget) may overlap with no other product (TR302)
  'CD079 violated': ['TR302'],
  // a ProductPeriode before 2021 is also more than 5 years before the 2026 DeclaratieDagtekening (TR335)
  'CS100 violated': ['TR335'],
};

describe('corpus', () => {
  it('has at least one variant per registered rule', () => {
    const gedekt = new Set(VARIANTEN.flatMap((w) => w.regels));
    expect(specifiedRegels.map((r) => r.code).filter((c) => !gedekt.has(c))).toEqual([]);
  });

  it.each(VARIANTEN.map((w) => [w.naam, w] as const))('%s', async (_naam, w) => {
    const b = basis(w.type);
    (w.mutatie as ((b: unknown) => void) | undefined)?.(b);
    let xml = buildBericht(w.type, b);
    if (w.xml) xml = w.xml(xml);
    const r = await valideer(xml, { bronnen: testBronnen });
    const regels = [...new Set(r.bevindingen.map((f) => f.regel))].sort();
    const codes = [...new Set(r.bevindingen.map((f) => f.retourcode))].sort();
    expect({ regels, codes }).toEqual({ regels: [...w.regels, ...(EXTRA[w.naam] ?? [])].sort(), codes: [...w.codes].sort() });
  });
});
