/**
 * Everything the cross-message declaration rules need for one chunk of prestaties, loaded with a handful
 * of set-based queries (context.sql.ts), plus the state the chunk builds up while it is judged in order.
 *
 * Processing order and what "earlier" means: prestaties are judged one by one, credits before debets
 * (a credit may only reverse a debet of an earlier message, IV091; a debet may follow its credit in the
 * same message, TR389), each in document order. A prestatie is judged against the database (earlier
 * messages and, in the streaming path, earlier chunks of this message, written in the same transaction)
 * plus what this chunk approved before it. So a cumulative rule (TR314, TR322, TR369, TR389, TR390) sees
 * exactly the prestaties that will be booked before it.
 */
import type { Queryable } from '../rules/Regel.js';
import { run, one } from '../store/SqlQuery.js';
import {
  selectEerderePrestaties,
  selectOpenDebets,
  selectProducten,
  selectRegio,
  selectTarieven,
  selectToewijzingen,
  type EerderePrestatieRij,
  type ProductRij,
  type TariefRij,
  type ToewijzingRij,
} from './context.sql.js';
import type { DeclaratieKop, PrestatieInvoer } from './typen.js';

export type Toewijzing = ToewijzingRij;
export type Product = ProductRij;

const productSleutel = (categorie: string, code: string) => `${categorie}|${code}`;
const debetSleutel = (p: { toewijzingNummer: number; productCategorie: string; productCode: string; begin: string; eind: string }) =>
  `${p.toewijzingNummer}|${p.productCategorie}|${p.productCode}|${p.begin}|${p.eind}`;

/** Hours allocated may be declared in minutes (TR341); volumes are compared in the allocation's unit. */
export function inToewijzingEenheid(volume: number, eenheid: string, toewijzingEenheid: string | null): number {
  if (eenheid === '01' && toewijzingEenheid === '04') return volume / 60;
  return volume;
}

export class DeclaratieContext {
  readonly toewijzingen = new Map<number, Toewijzing>();
  readonly producten = new Map<string, Product>();
  /** Tariff periods per product id, ordered by valid_from. */
  readonly tarieven = new Map<string, TariefRij[]>();
  /** Earlier prestaties of the provider by ReferentieNummer. */
  readonly eerdere = new Map<string, EerderePrestatieRij[]>();
  /** TR389: open (approved, not credited) debets by key → their ReferentieNummer. */
  private readonly openDebets = new Map<string, string>();

  // State built while judging the chunk.
  private readonly referentiesGezien = new Set<string>();
  private readonly verbruikVolume = new Map<string, number>();
  private readonly verbruikCents = new Map<string, number>();
  /** Debets (by ReferentieNummer) reversed by a credit approved in this chunk. */
  private readonly gecrediteerd = new Set<string>();

  constructor(
    readonly kop: DeclaratieKop,
    readonly regionId: string | null,
    /** The declaration being booked (streaming path): its own rows are this message, not "earlier". */
    readonly declaratieId: string | null = null,
  ) {}

  toewijzing(p: PrestatieInvoer): Toewijzing | undefined {
    return this.toewijzingen.get(p.toewijzingNummer);
  }

  product(categorie: string, code: string): Product | undefined {
    return this.producten.get(productSleutel(categorie, code));
  }

  /**
   * The contractual price per unit of the product for the allocation's contract on `peildatum`: the
   * contract's own tariff, else the region's harmonised tariff (the contract tariff takes precedence).
   */
  tarief(productId: string, contractId: string, peildatum: string): TariefRij | undefined {
    const perioden = this.tarieven.get(productId) ?? [];
    const geldig = (t: TariefRij) => t.valid_from <= peildatum && (t.valid_to === null || t.valid_to >= peildatum);
    return perioden.find((t) => t.contract_id === contractId && geldig(t)) ?? perioden.find((t) => t.contract_id === null && geldig(t));
  }

  /** TR314: was this ReferentieNummer used before (earlier messages, or earlier in this message)? */
  referentieBekend(ref: string): boolean {
    return this.referentiesGezien.has(ref) || (this.eerdere.get(ref)?.length ?? 0) > 0;
  }

  /** TR323: the approved debet a credit reverses, if its key fields are identical (IV091). */
  gecrediteerdeDebet(p: PrestatieInvoer): EerderePrestatieRij | undefined {
    if (p.vorigReferentieNummer === undefined) return undefined;
    return (this.eerdere.get(p.vorigReferentieNummer) ?? []).find(
      (d) =>
        d.debet_credit === 'D' &&
        d.toegekend &&
        d.declaratie_id !== this.declaratieId &&
        d.gemeente_code === this.kop.gemeente &&
        d.toewijzing_nummer === p.toewijzingNummer &&
        d.product_categorie === p.productCategorie &&
        d.product_code === p.productCode &&
        d.periode_begin === p.begin &&
        d.periode_eind === p.eind &&
        d.geleverd_volume === p.volume &&
        d.eenheid === p.eenheid &&
        (d.product_tarief_cents ?? undefined) === p.tarief &&
        d.ingediend_cents === p.bedrag,
    );
  }

  /** TR390: was this debet already credited (earlier, or by a credit approved in this chunk)? */
  alGecrediteerd(debet: EerderePrestatieRij): boolean {
    return debet.gecrediteerd || this.gecrediteerd.has(debet.referentie_nummer);
  }

  /** TR389: an open debet for the same toewijzing, product and ProductPeriode. */
  openDebet(p: PrestatieInvoer): string | undefined {
    const ref = this.openDebets.get(debetSleutel(p));
    return ref !== undefined && !this.gecrediteerd.has(ref) ? ref : undefined;
  }

  /** TR322: approved volume on the allocation so far (allocation unit). */
  verbruiktVolume(t: Toewijzing): number {
    return t.verbruik_volume + (this.verbruikVolume.get(t.id) ?? 0);
  }

  /** TR369: approved amount on the allocation so far (cents). */
  verbruiktCents(t: Toewijzing): number {
    return t.verbruik_cents + (this.verbruikCents.get(t.id) ?? 0);
  }

  /** Every judged prestatie: its ReferentieNummer is taken from now on (TR314). */
  gezien(p: PrestatieInvoer): void {
    this.referentiesGezien.add(p.referentieNummer);
  }

  /** An approved prestatie: update what later prestaties are judged against. */
  neemOp(p: PrestatieInvoer, debet: EerderePrestatieRij | undefined): void {
    const t = this.toewijzing(p);
    if (t) {
      const teken = p.dc === 'C' ? -1 : 1;
      const volume = debet?.volume_toewijzing ?? inToewijzingEenheid(p.volume, p.eenheid, t.eenheid);
      this.verbruikVolume.set(t.id, (this.verbruikVolume.get(t.id) ?? 0) + teken * Math.abs(volume));
      this.verbruikCents.set(t.id, (this.verbruikCents.get(t.id) ?? 0) + teken * p.bedrag);
    }
    if (p.dc === 'C' && debet) this.gecrediteerd.add(debet.referentie_nummer);
    if (p.dc === 'D') this.openDebets.set(debetSleutel(p), p.referentieNummer);
  }

  /**
   * Loads the facts for these prestaties: 5 queries whatever their number. The database is read in the
   * caller's transaction, so the rows of earlier chunks of the same message are visible.
   */
  static async laad(
    db: Queryable,
    kop: DeclaratieKop,
    prestaties: readonly PrestatieInvoer[],
    regionId?: string | null,
    declaratieId: string | null = null,
    tijden?: Record<string, number>,
  ): Promise<DeclaratieContext> {
    const tijd = async <T>(naam: string, p: Promise<T>): Promise<T> => {
      if (!tijden) return p;
      const t = performance.now();
      const r = await p;
      tijden[naam] = (tijden[naam] ?? 0) + performance.now() - t;
      return r;
    };
    const regio = regionId !== undefined ? regionId : await regioVan(db, kop.gemeente);
    const ctx = new DeclaratieContext(kop, regio, declaratieId);
    if (prestaties.length === 0) return ctx;

    const nummers = [...new Set(prestaties.map((p) => p.toewijzingNummer))];
    const refs = new Set<string>();
    for (const p of prestaties) {
      refs.add(p.referentieNummer);
      if (p.vorigReferentieNummer !== undefined) refs.add(p.vorigReferentieNummer);
    }
    const productKeys = new Map<string, [string, string]>();
    for (const p of prestaties) productKeys.set(productSleutel(p.productCategorie, p.productCode), [p.productCategorie, p.productCode]);
    const debets = prestaties.filter((p) => p.dc === 'D');

    // The lookups probe their index once per key (LATERAL ... OFFSET 0 in context.sql.ts). The planner must not
    // pick a sequential scan for the inner side: a large declaration grows prestatie and toewijzing_verbruik by
    // up to 100,000 rows inside this very transaction, which its statistics have never seen (a table "known
    // to be empty" costs nothing to scan, once per key). Restored to the session's value below.
    const seqscan = (await db.query<{ v: string }>(`SELECT current_setting('enable_seqscan') AS v`)).rows[0]!.v === 'off' ? 'off' : 'on';
    await db.query(`SET LOCAL enable_seqscan = off`);
    const toewijzingen = await tijd('ctx.toewijzingen', run<ToewijzingRij>(db, selectToewijzingen(kop.gemeente, kop.aanbieder, nummers)));
    const eerdere = await tijd('ctx.eerdere', run<EerderePrestatieRij>(db, selectEerderePrestaties(kop.aanbieder, [...refs])));
    const [open, producten] = await Promise.all([
      debets.length
        ? tijd('ctx.open', run<{ referentie_nummer: string; toewijzing_nummer: number; product_categorie: string; product_code: string; periode_begin: string; periode_eind: string }>(
            db,
            selectOpenDebets(
              kop.gemeente,
              debets.map((p) => p.toewijzingNummer),
              debets.map((p) => p.productCategorie),
              debets.map((p) => p.productCode),
              debets.map((p) => p.begin),
            ),
          ))
        : Promise.resolve([]),
      regio
        ? run<ProductRij>(db, selectProducten(regio, [...productKeys.values()].map((k) => k[0]), [...productKeys.values()].map((k) => k[1])))
        : Promise.resolve([]),
    ]);
    await db.query(`SET LOCAL enable_seqscan = ${seqscan}`);
    for (const t of toewijzingen) ctx.toewijzingen.set(t.nummer, t);
    for (const e of eerdere) {
      const l = ctx.eerdere.get(e.referentie_nummer);
      if (l) l.push(e);
      else ctx.eerdere.set(e.referentie_nummer, [e]);
    }
    for (const o of open) {
      ctx.openDebets.set(
        debetSleutel({ toewijzingNummer: o.toewijzing_nummer, productCategorie: o.product_categorie, productCode: o.product_code, begin: o.periode_begin, eind: o.periode_eind }),
        o.referentie_nummer,
      );
    }
    for (const p of producten) ctx.producten.set(productSleutel(p.category, p.code), p);

    const contractIds = [...new Set(toewijzingen.map((t) => t.contract_id))];
    const productIds = producten.map((p) => p.id);
    if (regio && productIds.length) {
      for (const t of await run<TariefRij>(db, selectTarieven(regio, productIds, contractIds))) {
        const l = ctx.tarieven.get(t.product_id);
        if (l) l.push(t);
        else ctx.tarieven.set(t.product_id, [t]);
      }
    }
    return ctx;
  }
}

export async function regioVan(db: Queryable, gemeente: string): Promise<string | null> {
  return (await one<{ region_id: string }>(db, selectRegio(gemeente)))?.region_id ?? null;
}
