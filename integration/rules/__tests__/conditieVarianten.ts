/** Per CD/CS rule: a valid and a violating mutation of the official example (shared by condities.test and corpus.test). */
import type { BerichtType } from '../../ijw/berichttypen.js';
import type { BerichtVan } from '../../ijw/codec.js';

export type Geval<T extends BerichtType = BerichtType> = {
  type: T;
  geldig: (b: BerichtVan<T>) => void;
  fout: (b: BerichtVan<T>) => void;
  klassePad: string;
  pad: string;
};
const g = <T extends BerichtType>(x: Geval<T>) => x as unknown as Geval;

const TP0 = 'Client.ToegewezenProducten.ToegewezenProduct[0]';
const AP0 = 'Client.AangevraagdeProducten.AangevraagdProduct[0]';
const NP0 = 'Client.Verzoek.NieuweProducten.NieuwProduct[0]';
const PR = (c: number, p: number) => `Declaratie.Clienten.Client[${c}].Prestaties.Prestatie[${p}]`;
const tp = (b: BerichtVan<'JW301'>, i = 0) => b.Client.ToegewezenProducten.ToegewezenProduct[i]!;
const ap = (b: BerichtVan<'JW315'>, i = 0) => b.Client.AangevraagdeProducten.AangevraagdProduct[i]!;
const pr = (b: BerichtVan<'JW323'>, c = 0, p = 0) => b.Declaratie.Clienten.Client[c]!.Prestaties.Prestatie[p]!;
const AP1 = 'Client.AangevraagdeProducten.AangevraagdProduct[1]';
const TP1 = 'Client.ToegewezenProducten.ToegewezenProduct[1]';
const CC0 = 'Client.Contactgegevens.Contact[0]';
const RC1 = 'Client.Relaties.Relatie[1].Contact';
const contact = (b: BerichtVan<'JW301'>, i = 0) => b.Client.Contactgegevens.Contact[i]!;
const adres = (b: BerichtVan<'JW301'>, i = 0) => contact(b, i).Adres!;
const relatie = (b: BerichtVan<'JW301'>, i: number) => b.Client.Relaties!.Relatie[i]!;
const vw = (b: BerichtVan<'JW315'>, i: number) => ap(b, i).Verwijzer;
const np = (b: BerichtVan<'JW317'>) => b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;

export const GEVALLEN: Record<string, Geval> = {
  CD007: g({ type: 'JW301', geldig: (b) => void (b.Client.Communicatie = { Vorm: '2' }), fout: (b) => void delete b.Client.Communicatie!.Taal, klassePad: 'Client', pad: 'Client.Communicatie.Taal' }),
  CD009: g({ type: 'JW301', geldig: (b) => void delete b.Client.Contactgegevens.Contact[1]!.Periode, fout: (b) => void (b.Client.Contactgegevens.Contact[0]!.Periode = { Begindatum: '2026-01-01' }), klassePad: 'Client.Contactgegevens.Contact[0]', pad: 'Client.Contactgegevens.Contact[0].Periode' }),
  CD041: g({ type: 'JW315', geldig: (b) => { delete ap(b).Omvang; delete ap(b).Product!.Code; }, fout: (b) => void delete ap(b).Omvang, klassePad: AP0, pad: `${AP0}.Omvang` }),
  CD043: g({ type: 'JW315', geldig: (b) => { delete ap(b).BeschikkingNummer; delete ap(b).BeschikkingIngangsdatum; }, fout: (b) => void delete ap(b).BeschikkingIngangsdatum, klassePad: AP0, pad: `${AP0}.BeschikkingIngangsdatum` }),
  CD060: g({ type: 'JW323', geldig: (b) => { pr(b).IngediendBedrag.DebetCredit = 'C'; pr(b).ProductReferentie.VorigReferentieNummer = 'RN000'; b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 69000; }, fout: (b) => void (pr(b).ProductReferentie.VorigReferentieNummer = 'RN000'), klassePad: PR(0, 0), pad: `${PR(0, 0)}.ProductReferentie.VorigReferentieNummer` }),
  CD075: g({ type: 'JW301', geldig: (b) => { delete tp(b).Omvang; delete tp(b).Product!.Code; tp(b).Budget = 50000; }, fout: (b) => { delete tp(b).Omvang; tp(b).Product = { Categorie: '45' }; tp(b).Budget = 50000; delete tp(b).Einddatum; }, klassePad: TP0, pad: `${TP0}.Einddatum` }),
  CD076: g({ type: 'JW315', geldig: (b) => void (ap(b).Omvang!.Frequentie = '2'), fout: (b) => { ap(b).Omvang!.Frequentie = '2'; delete ap(b).ToewijzingEinddatum; }, klassePad: AP0, pad: `${AP0}.ToewijzingEinddatum` }),
  CD077: g({ type: 'JW301', geldig: (b) => { delete tp(b).Omvang; delete tp(b).Product!.Code; tp(b).Budget = 50000; }, fout: (b) => void (tp(b).Budget = 50000), klassePad: TP0, pad: `${TP0}.Omvang` }),
  CD079: g({ type: 'JW301', geldig: (b) => { delete tp(b).Product; delete tp(b).Omvang; tp(b).Budget = 50000; }, fout: (b) => { delete tp(b).Product; delete tp(b).Omvang; }, klassePad: TP0, pad: `${TP0}.Product` }),
  CD005: g({ type: 'JW301', geldig: (b) => { delete adres(b).Postcode; delete adres(b).LandCode; }, fout: (b) => void delete adres(b).LandCode, klassePad: CC0, pad: `${CC0}.Adres.LandCode` }),
  CD025: g({ type: 'JW301', geldig: (b) => { adres(b).LandCode = 'DE'; delete adres(b).Huis; }, fout: (b) => void delete relatie(b, 1).Contact!.Adres!.Huis, klassePad: RC1, pad: `${RC1}.Adres.Huis` }),
  CD034: g({ type: 'JW301', geldig: (b) => { delete adres(b, 1).Postcode; delete adres(b, 1).LandCode; }, fout: (b) => { delete adres(b).Postcode; delete adres(b).LandCode; }, klassePad: CC0, pad: `${CC0}.Adres.Postcode` }),
  CD066: g({ type: 'JW315', geldig: (b) => void (vw(b, 1).Type = '05'), fout: (b) => void (vw(b, 1).Naam = 'Dr. Jansen'), klassePad: AP1, pad: `${AP1}.Verwijzer.Naam` }),
  CD067: g({ type: 'JW315', geldig: (b) => { delete vw(b, 1).ZorgverlenerCode; vw(b, 1).Naam = 'Dr. Jansen'; }, fout: (b) => void delete vw(b, 1).ZorgverlenerCode, klassePad: AP1, pad: `${AP1}.Verwijzer.Naam` }),
  CD068: g({ type: 'JW315', geldig: (b) => void (ap(b).Verwijzer = { Type: '06' }), fout: (b) => void (vw(b, 0).ZorgverlenerCode = '12345678'), klassePad: AP0, pad: `${AP0}.Verwijzer.ZorgverlenerCode` }),
  CD080: g({ type: 'JW301', geldig: (b) => { tp(b).Product = { Categorie: '45' }; delete tp(b).Omvang; tp(b).Budget = 50000; }, fout: (b) => void (tp(b).Product = { Categorie: '45' }), klassePad: TP0, pad: `${TP0}.Omvang` }),
  CD095: g({ type: 'JW315', geldig: (b) => { ap(b).Product = { Categorie: '45' }; delete ap(b).Omvang; ap(b).Budget = 50000; }, fout: (b) => void (ap(b).Product = { Categorie: '45' }), klassePad: AP0, pad: `${AP0}.Omvang` }),
  CD096: g({ type: 'JW317', geldig: (b) => { delete np(b).Product!.Code; delete np(b).Omvang; np(b).Budget = 50000; }, fout: (b) => void delete np(b).Product!.Code, klassePad: NP0, pad: `${NP0}.Omvang` }),
  CD085: g({ type: 'JW319', geldig: (b) => { b.Antwoord.VerzoekAntwoord = '2'; delete b.Antwoord.RedenAfwijzingVerzoek; delete b.Antwoord.Woonplaatsbeginsel; }, fout: (b) => { delete b.Antwoord.RedenAfwijzingVerzoek; delete b.Antwoord.Woonplaatsbeginsel; }, klassePad: 'Antwoord', pad: 'Antwoord.RedenAfwijzingVerzoek' }),
  CD086: g({ type: 'JW319', geldig: () => {}, fout: (b) => void (b.Antwoord.VerzoekAntwoord = '2'), klassePad: 'Antwoord', pad: 'Antwoord.RedenAfwijzingVerzoek' }),
  CD087: g({ type: 'JW323', geldig: (b) => { pr(b).Eenheid = '83'; delete pr(b).ProductTarief; pr(b).GeleverdVolume = 5000; }, fout: (b) => void delete pr(b).ProductTarief, klassePad: PR(0, 0), pad: `${PR(0, 0)}.ProductTarief` }),
  CS002: g({ type: 'JW305', geldig: (b) => void (b.Client.Bsn = '999900018'), fout: (b) => void (b.Client.Bsn = '999900007'), klassePad: 'Client', pad: 'Client.Bsn' }),
  CS003: g({ type: 'JW301', geldig: (b) => void (tp(b).Einddatum = tp(b).Ingangsdatum), fout: (b) => void (tp(b).Einddatum = '2026-03-31'), klassePad: TP0, pad: `${TP0}.Einddatum` }),
  CS050: g({ type: 'JW301', geldig: (b) => void (relatie(b, 0).Naam.NaamGebruik = '3'), fout: (b) => void (relatie(b, 0).Naam.NaamGebruik = '6'), klassePad: 'Client.Relaties.Relatie[0]', pad: 'Client.Relaties.Relatie[0].Naam.NaamGebruik' }),
  CS058: g({ type: 'JW307', geldig: (b) => void (b.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '3'), fout: (b) => void (b.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '2'), klassePad: 'Client.StopProducten.StopProduct[0]', pad: 'Client.StopProducten.StopProduct[0].StatusAanlevering' }),
  CS089: g({ type: 'JW301', geldig: (b) => { adres(b).LandCode = 'BE'; adres(b).Postcode = '1000'; }, fout: (b) => void (adres(b).Postcode = '9999 XX'), klassePad: CC0, pad: `${CC0}.Adres.Postcode` }),
  CS100: g({ type: 'JW323', geldig: () => {}, fout: (b) => void (pr(b).ProductPeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' }), klassePad: PR(0, 0), pad: `${PR(0, 0)}.ProductPeriode.Begindatum` }),
  CS139: g({ type: 'JW305', geldig: (b) => void (b.Client.Geboortedatum = { Datum: '2010-01-01', DatumGebruik: '2' }), fout: (b) => void (b.Client.Geboortedatum = { Datum: '2010-02-14', DatumGebruik: '2' }), klassePad: 'Client', pad: 'Client.Geboortedatum.DatumGebruik' }),
  CS318: g({ type: 'JW301', geldig: (b) => { delete relatie(b, 1).Naam.Partnernaam; relatie(b, 1).Naam.NaamGebruik = '6'; }, fout: (b) => void (b.Client.Naam.NaamGebruik = '6'), klassePad: 'Client', pad: 'Client.Naam.NaamGebruik' }),
  CS325: g({ type: 'JW323', geldig: (b) => { pr(b).IngediendBedrag.Bedrag = 0; b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 74000; }, fout: (b) => { pr(b).IngediendBedrag = { Bedrag: 0, DebetCredit: 'C' }; pr(b).ProductReferentie.VorigReferentieNummer = 'RN000'; b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 74000; }, klassePad: PR(0, 0), pad: `${PR(0, 0)}.IngediendBedrag.DebetCredit` }),
  CS335: g({ type: 'JW301', geldig: (b) => { tp(b).Einddatum = tp(b).Ingangsdatum; tp(b).RedenWijziging = '13'; }, fout: (b) => void (tp(b).RedenWijziging = '13'), klassePad: TP0, pad: `${TP0}.RedenWijziging` }),
  CS336: g({ type: 'JW301', geldig: (b) => void (tp(b).RedenWijziging = '02'), fout: (b) => void (tp(b).RedenWijziging = '01'), klassePad: TP0, pad: `${TP0}.RedenWijziging` }),
  CS337: g({ type: 'JW323', geldig: (b) => void (pr(b).ProductPeriode = { Begindatum: '2026-04-10', Einddatum: '2026-04-20' }), fout: (b) => void (pr(b).ProductPeriode = { Begindatum: '2026-03-10', Einddatum: '2026-04-20' }), klassePad: PR(0, 0), pad: `${PR(0, 0)}.ProductPeriode.Einddatum` }),
  CS339: g({ type: 'JW323', geldig: (b) => { pr(b).Eenheid = '83'; pr(b).GeleverdVolume = 5000; }, fout: (b) => { pr(b).Eenheid = '83'; delete pr(b).ProductTarief; }, klassePad: PR(0, 0), pad: `${PR(0, 0)}.IngediendBedrag.Bedrag` }),
  CS340: g({ type: 'JW323', geldig: (b) => void (b.Declaratie.DeclaratiePeriode = { Begindatum: '2026-02-01', Einddatum: '2026-02-28' }), fout: (b) => void (b.Declaratie.DeclaratiePeriode = { Begindatum: '2026-02-01', Einddatum: '2026-02-27' }), klassePad: 'Declaratie', pad: 'Declaratie.DeclaratiePeriode' }),
  CS338: g({ type: 'JW301', geldig: (b) => void (tp(b).Omvang!.Frequentie = '1'), fout: (b) => void (tp(b, 1).Omvang!.Frequentie = '1'), klassePad: TP1, pad: `${TP1}.Omvang.Frequentie` }),
  CS343: g({ type: 'JW315', geldig: (b) => void (ap(b).Omvang!.Frequentie = '6'), fout: (b) => void (ap(b).Omvang!.Frequentie = '1'), klassePad: AP0, pad: `${AP0}.Omvang.Frequentie` }),
};
