/**
 * The provider simulator's monthly declaration (integration/simulator/aanbieder.ts `declareer`): a JW323
 * Declaratie for one municipality and one month, from the allocations the simulated provider holds and
 * their JW305 starts / JW307 stops, filled as the standard prescribes:
 * - one Prestatie per allocation delivered in the month (a current start on or before the month's end,
 *   not stopped before the month), ProductPeriode = the month clipped to the allocation (IV089, TR387/TR388);
 * - GeleverdVolume from the Omvang (per week: 4 per month; per day: days; per month / in total: the volume,
 *   never more than allowed: TR321), in the allocation's Eenheid; ProductTarief from the contract price the
 *   provider knows (`tarief`), IngediendBedrag = volume × tarief (TR346); Eenheid 83 (budget): the budget
 *   spread over the allocation's months, no tariff.
 * - ReferentieNummer unique for the provider: `${identificatie}${n}`.
 * Allocations without a ProductCode (aspecific) or without a known tariff are skipped.
 */
import type { AanbiederStaat, SimToewijzing } from '../simulator/staat.js';
import { dagen, eersteVanMaand, laatsteVanMaand, maanden } from './datums.js';

export interface SimDeclaratieOpties {
  gemeente: string;
  /** Any date in the declared month (e.g. '2026-04-01'). */
  maand: string;
  identificatie: string;
  /** Contract price in cents per unit for a product, undefined when unknown. */
  tarief: (categorie: string, code: string) => number | undefined;
}

interface Prestatie {
  ProductReferentie: { ReferentieNummer: string };
  ToewijzingNummer: number;
  ProductCategorie: string;
  ProductCode: string;
  ProductPeriode: { Begindatum: string; Einddatum: string };
  GeleverdVolume: number;
  Eenheid: string;
  ProductTarief?: number;
  IngediendBedrag: { Bedrag: number; DebetCredit: 'D' };
}

function geleverdIn(t: SimToewijzing, begin: string, eind: string): boolean {
  return t.starts.some(
    (s) => s.status === 'actueel' && s.begindatum <= eind && !t.stops.some((st) => st.status === 'actueel' && st.begindatum === s.begindatum && st.einddatum < begin),
  );
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
      const v = t.omvang.volume;
      const volume =
        t.omvang.frequentie === '1' ? v * dagen(begin, eind) : t.omvang.frequentie === '2' ? v * 4 : t.omvang.frequentie === '4' ? v : Math.max(1, Math.floor(v / Math.max(1, maanden(t.ingangsdatum, t.einddatum ?? mEind))));
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
