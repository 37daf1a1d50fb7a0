/**
 * The provider simulator's monthly declaration (integration/simulator/aanbieder.ts `declareer`): a JW323
 * Declaratie for one municipality and one month, from the allocations the simulated provider holds and
 * their JW305 starts / JW307 stops, filled as the standard prescribes:
 * - one Prestatie per allocation delivered in the month (a current start on or before the month's end,
 *   not stopped before the month), ProductPeriode = the month clipped to the allocation (IV089, TR387/TR388);
 * - GeleverdVolume from the Omvang (`geleverdVolume`: per week 4 weeks a whole month, the elapsed weeks a
 *   clipped one; per day: days; per month: the volume; in total: the whole volume in the month delivery
 *   started), never more than TR321 allows per period nor TR322 over the allocation, in its Eenheid; ProductTarief from the contract price the
 *   provider knows (`tarief`), IngediendBedrag = volume × tarief (TR346); Eenheid 83 (budget): the budget
 *   spread over the allocation's months, no tariff.
 * - ReferentieNummer unique for the provider: `${identificatie}${n}`.
 * Allocations without a ProductCode (aspecific) or without a known tariff are skipped.
 */
import type { AanbiederStaat, SimToewijzing } from '../simulator/staat.js';
import { dagen, eersteVanMaand, laatsteVanMaand, maanden } from './datums.js';
import type { JW323Prestatie } from '../ijw/generated/JW323.generated.js';

export interface SimDeclaratieOpties {
  gemeente: string;
  /** Any date in the declared month (e.g. '2026-04-01'). */
  maand: string;
  identificatie: string;
  /** Contract price in cents per unit for a product, undefined when unknown. */
  tarief: (categorie: string, code: string) => number | undefined;
}

type Prestatie = JW323Prestatie;

function geleverdIn(t: SimToewijzing, begin: string, eind: string): boolean {
  return t.starts.some(
    (s) => s.status === 'actueel' && s.begindatum <= eind && !t.stops.some((st) => st.status === 'actueel' && st.begindatum === s.begindatum && st.einddatum < begin),
  );
}

/** The month of the first current start (a trajectory, Frequentie 6, is declared whole in that month). */
function eersteStartMaand(t: SimToewijzing): string | undefined {
  const b = t.starts.filter((s) => s.status === 'actueel').map((s) => s.begindatum).sort()[0];
  return b === undefined ? undefined : eersteVanMaand(b);
}

/**
 * GeleverdVolume for the ProductPeriode [begin, eind] of the month [mBegin, mEind], within what TR321 allows
 * per period and TR322 over the whole allocation:
 * - per day (1): the volume × days; per month (4): the volume;
 * - per week (2): 4 weeks for a whole month, the elapsed weeks (days / 7, rounded down) for a clipped one,
 *   so the months together never exceed the weeks the allocation overlaps (TR322);
 * - in total (6, a trajectory): the whole volume once, in the month delivery started; 0 in the other months.
 */
function geleverdVolume(t: SimToewijzing, begin: string, eind: string, mBegin: string, mEind: string): number {
  const { volume: v, frequentie } = t.omvang!;
  switch (frequentie) {
    case '1':
      return v * dagen(begin, eind);
    case '2':
      return begin === mBegin && eind === mEind ? v * 4 : Math.min(v * 4, Math.floor((v * dagen(begin, eind)) / 7));
    case '4':
      return v;
    case '6':
      return eersteStartMaand(t) === mBegin ? v : 0;
    default:
      return Math.max(1, Math.floor(v / Math.max(1, maanden(t.ingangsdatum, t.einddatum ?? mEind))));
  }
}

/** TotaalIngediendBedrag from the prestaties (debets minus credits), after a caller changed them. */
export function herberekenTotaal(declaratie: Record<string, unknown>): void {
  let totaal = 0;
  for (const c of (declaratie.Clienten as { Client: { Prestaties: { Prestatie: { IngediendBedrag: { Bedrag: number; DebetCredit: string } }[] } }[] }).Client) {
    for (const p of c.Prestaties.Prestatie) totaal += p.IngediendBedrag.DebetCredit === 'C' ? -p.IngediendBedrag.Bedrag : p.IngediendBedrag.Bedrag;
  }
  declaratie.TotaalIngediendBedrag = { TotaalBedrag: Math.abs(totaal), DebetCredit: totaal < 0 ? 'C' : 'D' };
}

/** The Declaratie class (without Header) or undefined when nothing was delivered in the month. */
export function declaratieUitStaat(staat: AanbiederStaat, o: SimDeclaratieOpties): Record<string, unknown> | undefined {
  const mBegin = eersteVanMaand(o.maand);
  const mEind = laatsteVanMaand(o.maand);
  const perClient = new Map<string, Prestatie[]>();
  let n = 0;
  for (const t of Object.values(staat.toewijzingen)) {
    if (t.gemeente !== o.gemeente || t.redenWijziging === '13' || !t.product.code) continue;
    if (t.ingangsdatum > mEind || (t.einddatum !== undefined && t.einddatum < mBegin)) continue;
    if (!geleverdIn(t, mBegin, mEind)) continue;
    const begin = t.ingangsdatum > mBegin ? t.ingangsdatum : mBegin;
    const eind = t.einddatum !== undefined && t.einddatum < mEind ? t.einddatum : mEind;
    let p: Prestatie;
    if (t.omvang) {
      const tarief = o.tarief(t.product.categorie, t.product.code);
      if (tarief === undefined) continue;
      const volume = geleverdVolume(t, begin, eind, mBegin, mEind);
      if (volume <= 0) continue;
      p = {
        ProductReferentie: { ReferentieNummer: `${o.identificatie}${(n++).toString(36)}`.slice(-20) },
        ToewijzingNummer: t.nummer, ProductCategorie: t.product.categorie, ProductCode: t.product.code,
        ProductPeriode: { Begindatum: begin, Einddatum: eind }, GeleverdVolume: volume, Eenheid: t.omvang.eenheid, ProductTarief: tarief,
        IngediendBedrag: { Bedrag: volume * tarief, DebetCredit: 'D' },
      };
    } else if (t.budget !== undefined) {
      const bedrag = Math.floor(t.budget / Math.max(1, maanden(t.ingangsdatum, t.einddatum ?? mEind)));
      p = {
        ProductReferentie: { ReferentieNummer: `${o.identificatie}${(n++).toString(36)}`.slice(-20) },
        ToewijzingNummer: t.nummer, ProductCategorie: t.product.categorie, ProductCode: t.product.code,
        ProductPeriode: { Begindatum: begin, Einddatum: eind }, GeleverdVolume: bedrag, Eenheid: '83', IngediendBedrag: { Bedrag: bedrag, DebetCredit: 'D' },
      };
    } else continue;
    const l = perClient.get(t.bsn);
    if (l) l.push(p);
    else perClient.set(t.bsn, [p]);
  }
  if (perClient.size === 0) return undefined;
  let totaal = 0;
  for (const ps of perClient.values()) for (const p of ps) totaal += p.IngediendBedrag.Bedrag;
  return {
    DeclaratieNummer: o.identificatie,
    DeclaratiePeriode: { Begindatum: mBegin, Einddatum: mEind },
    DeclaratieDagtekening: undefined, // set by the caller to the message's Dagtekening
    TotaalIngediendBedrag: { TotaalBedrag: totaal, DebetCredit: 'D' },
    Clienten: { Client: [...perClient].map(([bsn, ps]) => ({ Bsn: bsn, Prestaties: { Prestatie: ps } })) },
  };
}
