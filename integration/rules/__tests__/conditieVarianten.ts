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
const tp = (b: BerichtVan<'JW301'>) => b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
const ap = (b: BerichtVan<'JW315'>) => b.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
const pr = (b: BerichtVan<'JW323'>, c = 0, p = 0) => b.Declaratie.Clienten.Client[c]!.Prestaties.Prestatie[p]!;

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
  CD085: g({ type: 'JW319', geldig: (b) => { b.Antwoord.VerzoekAntwoord = '2'; delete b.Antwoord.RedenAfwijzingVerzoek; delete b.Antwoord.Woonplaatsbeginsel; }, fout: (b) => { delete b.Antwoord.RedenAfwijzingVerzoek; delete b.Antwoord.Woonplaatsbeginsel; }, klassePad: 'Antwoord', pad: 'Antwoord.RedenAfwijzingVerzoek' }),
  CD086: g({ type: 'JW319', geldig: () => {}, fout: (b) => void (b.Antwoord.VerzoekAntwoord = '2'), klassePad: 'Antwoord', pad: 'Antwoord.RedenAfwijzingVerzoek' }),
  CD087: g({ type: 'JW323', geldig: (b) => { pr(b).Eenheid = '83'; delete pr(b).ProductTarief; pr(b).GeleverdVolume = 5000; }, fout: (b) => void delete pr(b).ProductTarief, klassePad: PR(0, 0), pad: `${PR(0, 0)}.ProductTarief` }),
  CS002: g({ type: 'JW305', geldig: (b) => void (b.Client.Bsn = '999900018'), fout: (b) => void (b.Client.Bsn = '999900007'), klassePad: 'Client', pad: 'Client.Bsn' }),
  CS003: g({ type: 'JW301', geldig: (b) => void (tp(b).Einddatum = tp(b).Ingangsdatum), fout: (b) => void (tp(b).Einddatum = '2026-03-31'), klassePad: TP0, pad: `${TP0}.Einddatum` }),
  CS058: g({ type: 'JW307', geldig: (b) => void (b.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '3'), fout: (b) => void (b.Client.StopProducten.StopProduct[0]!.StatusAanlevering = '2'), klassePad: 'Client.StopProducten.StopProduct[0]', pad: 'Client.StopProducten.StopProduct[0].StatusAanlevering' }),
  CS100: g({ type: 'JW323', geldig: () => {}, fout: (b) => void (pr(b).ProductPeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' }), klassePad: PR(0, 0), pad: `${PR(0, 0)}.ProductPeriode.Begindatum` }),
  CS325: g({ type: 'JW323', geldig: (b) => { pr(b).IngediendBedrag.Bedrag = 0; b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 74000; }, fout: (b) => { pr(b).IngediendBedrag = { Bedrag: 0, DebetCredit: 'C' }; pr(b).ProductReferentie.VorigReferentieNummer = 'RN000'; b.Declaratie.TotaalIngediendBedrag.TotaalBedrag = 74000; }, klassePad: PR(0, 0), pad: `${PR(0, 0)}.IngediendBedrag.DebetCredit` }),
  CS335: g({ type: 'JW301', geldig: (b) => { tp(b).Einddatum = tp(b).Ingangsdatum; tp(b).RedenWijziging = '13'; }, fout: (b) => void (tp(b).RedenWijziging = '13'), klassePad: TP0, pad: `${TP0}.RedenWijziging` }),
  CS336: g({ type: 'JW301', geldig: (b) => void (tp(b).RedenWijziging = '02'), fout: (b) => void (tp(b).RedenWijziging = '01'), klassePad: TP0, pad: `${TP0}.RedenWijziging` }),
  CS337: g({ type: 'JW323', geldig: (b) => void (pr(b).ProductPeriode = { Begindatum: '2026-04-10', Einddatum: '2026-04-20' }), fout: (b) => void (pr(b).ProductPeriode = { Begindatum: '2026-03-10', Einddatum: '2026-04-20' }), klassePad: PR(0, 0), pad: `${PR(0, 0)}.ProductPeriode.Einddatum` }),
  CS339: g({ type: 'JW323', geldig: (b) => { pr(b).Eenheid = '83'; pr(b).GeleverdVolume = 5000; }, fout: (b) => { pr(b).Eenheid = '83'; delete pr(b).ProductTarief; }, klassePad: PR(0, 0), pad: `${PR(0, 0)}.IngediendBedrag.Bedrag` }),
  CS340: g({ type: 'JW323', geldig: (b) => void (b.Declaratie.DeclaratiePeriode = { Begindatum: '2026-02-01', Einddatum: '2026-02-28' }), fout: (b) => void (b.Declaratie.DeclaratiePeriode = { Begindatum: '2026-02-01', Einddatum: '2026-02-27' }), klassePad: 'Declaratie', pad: 'Declaratie.DeclaratiePeriode' }),
};

