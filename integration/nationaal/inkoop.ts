/**
 * The national purchasing reference set: 42 regions, 342 municipalities, ~8,500 providers, 7 segments per region,
 * ~50,000 contracts, ~2,000 products, ~500,000 tariff periods and the budgets, generated in memory from a seed and
 * loaded with COPY (every constraint and trigger of migrations/1795300001000-PurchasingModel runs), one
 * transaction per table group. Counts follow `schaal` as schaal.ts documents.
 *
 * A region whose code already exists (the demo region ZHZ on a database that loaded it) is skipped whole, with its
 * municipalities: it keeps its own purchasing data, and the count says which regions were skipped.
 */
import type pg from 'pg';
import { BUDGETJAREN, LUMPSUM_PER_JAAR, PRODUCTEN, REGIOBUDGET_PER_JEUGDIGE, SEGMENTEN, TARIEFJAREN } from './catalogus.js';
import type { ProductSjabloon, SegmentSjabloon } from './catalogus.js';
import { kopieer } from './copy.js';
import type { CopyWaarde } from './copy.js';
import { leesGeografie } from './geografie.js';
import type { Gemeente, Regio } from './geografie.js';
import { uuidVoor } from './ids.js';
import { inkoopAantallen } from './schaal.js';
import { Toeval, cumulatief, kiesGewogen } from './toeval.js';
import { inTransactie, metClient } from './verbinding.js';
import type { Database } from './verbinding.js';

export interface InkoopOpties {
  /** 1 = national; see schaal.ts. */
  schaal: number;
  /** PRNG seed (default 20260101): the same seed and schaal give the same rows. */
  seed?: number;
  /** Progress lines (table, rows, rows/s); default silent. */
  log?: (regel: string) => void;
}

export interface InkoopTelling {
  regios: number;
  gemeenten: number;
  aanbieders: number;
  segmenten: number;
  contracten: number;
  producten: number;
  tariefperioden: number;
  budgetten: number;
  /** Codes of regions that already existed and were left alone. */
  overgeslagenRegios: string[];
  ms: number;
  rijenPerSeconde: number;
}

export const STANDAARD_SEED = 20_260_101;

interface RegioRij {
  id: string;
  regio: Regio;
  gemeenteIds: string[];
  segmentIds: Map<number, string>;
  /** Products per segment number. */
  producten: Map<number, ProductRij[]>;
}

interface ProductRij {
  id: string;
  sjabloon: ProductSjabloon;
  /** Harmonised price per tariff year (euro cents), null when the segment has no tariffs. */
  prijzen: number[] | null;
}

interface ContractRij {
  id: string;
  regio: RegioRij;
  segment: SegmentSjabloon;
  aanbieder: number;
  waarden: CopyWaarde[];
  actief: boolean;
}

const SEGMENT_LETTER = 'ABCDEFG';

export async function laadInkoop(db: Database, opties: InkoopOpties): Promise<InkoopTelling> {
  const seed = opties.seed ?? STANDAARD_SEED;
  const log = opties.log ?? (() => {});
  const aantallen = inkoopAantallen(opties.schaal);
  const toeval = new Toeval(seed);
  const begin = Date.now();
  const tel = { rijen: 0 };
  const meet = async (tabel: string, kolommen: readonly string[], rijen: readonly (readonly CopyWaarde[])[], client: pg.PoolClient) => {
    const t = Date.now();
    const n = await kopieer(client, tabel, kolommen, rijen);
    const ms = Math.max(1, Date.now() - t);
    tel.rijen += n;
    log(`${tabel.padEnd(14)} ${String(n).padStart(9)} rows  ${String(Math.round((n * 1000) / ms)).padStart(8)} rows/s`);
    return n;
  };

  return metClient(db, async (client) => {
    const land = await leesGeografie(client, toeval.afgeleid('geografie'));
    const bestaand = await client.query<{ code: string }>('SELECT code FROM region');
    const bestaandeCodes = new Set(bestaand.rows.map((r) => r.code));
    const overgeslagenRegios = land.filter((r) => bestaandeCodes.has(r.code)).map((r) => r.code);
    const regios: RegioRij[] = land
      .filter((r) => !bestaandeCodes.has(r.code))
      .map((regio, i) => ({
        id: uuidVoor(seed, 'region', i + 1),
        regio,
        gemeenteIds: [],
        segmentIds: new Map(),
        producten: new Map(),
      }));
    let gemeenteNr = 0;
    let segmentNr = 0;
    for (const r of regios) {
      r.gemeenteIds = r.regio.gemeenten.map(() => uuidVoor(seed, 'municipality', ++gemeenteNr));
      for (const s of SEGMENTEN) r.segmentIds.set(s.nummer, uuidVoor(seed, 'segment', ++segmentNr));
    }

    const producten = maakProducten(regios, aantallen.productenPerSegment, seed, toeval.afgeleid('producten'));
    const contracten = maakContracten(regios, aantallen.aanbieders, aantallen.contracten, seed, toeval.afgeleid('contracten'));
    const aanbieders = maakAanbieders(aantallen.aanbieders, contracten, regios, seed, toeval.afgeleid('aanbieders'));

    const telling: Omit<InkoopTelling, 'ms' | 'rijenPerSeconde' | 'overgeslagenRegios'> = {
      regios: 0, gemeenten: 0, aanbieders: 0, segmenten: 0, contracten: 0, producten: 0, tariefperioden: 0, budgetten: 0,
    };

    await inTransactie(client, async () => {
      telling.regios = await meet('region', ['id', 'code', 'name'], regios.map((r) => [r.id, r.regio.code, r.regio.naam]), client);
      telling.gemeenten = await meet('municipality', ['id', 'cbs_code', 'name', 'youth_population', 'region_id'],
        regios.flatMap((r) => r.regio.gemeenten.map((g, i) => [r.gemeenteIds[i]!, g.cbsCode, g.naam, g.jeugdigen, r.id])), client);
      telling.segmenten = await meet('segment', ['id', 'region_id', 'number', 'name', 'procurement_method', 'funding_model', 'access_routes'],
        regios.flatMap((r) => SEGMENTEN.map((s) => [r.segmentIds.get(s.nummer)!, r.id, s.nummer, s.naam, s.inkoop, s.financiering,
          `{${s.toegang.join(',')}}`])), client);
      telling.aanbieders = await meet('provider', ['id', 'agb_code', 'kvk_number', 'name', 'open_house_status', 'open_house_admission_date'],
        aanbieders, client);
    });
    await inTransactie(client, async () => {
      telling.producten = await meet('product', ['id', 'region_id', 'segment_id', 'category', 'code', 'name', 'unit', 'frequency',
        'allocation_variant', 'norm_duration_days', 'norm_intensity'], producten, client);
      telling.contracten = await meet('contract', ['id', 'provider_id', 'region_id', 'municipality_id', 'segment_id', 'reference',
        'start_date', 'end_date', 'tacit_renewal', 'renewal_period_months', 'notice_period_months', 'latest_end_date', 'status',
        'lumpsum_per_year_cents', 'admission_date'], contracten.map((c) => c.waarden), client);
    });
    await inTransactie(client, async () => {
      telling.tariefperioden = await meet('tariff', ['id', 'contract_id', 'region_id', 'product_id', 'price_cents', 'valid_from',
        'valid_to', 'index_percentage', 'previous_tariff_id'],
        maakTarieven(regios, contracten, aantallen.tariefperioden, seed, toeval.afgeleid('tarieven')), client);
    });
    await inTransactie(client, async () => {
      telling.budgetten = await meet('budget', ['id', 'municipality_id', 'region_id', 'segment_id', 'year', 'amount_cents'],
        maakBudgetten(regios, opties.schaal, seed, toeval.afgeleid('budgetten')), client);
    });
    await client.query('ANALYZE region, municipality, segment, provider, product, contract, tariff, budget');

    const ms = Date.now() - begin;
    return { ...telling, overgeslagenRegios, ms, rijenPerSeconde: Math.round((tel.rijen * 1000) / Math.max(1, ms)) };
  });
}

/** Each region's product book: per segment its templates repeated with numbered codes (category + segment letter + nr). */
function maakProducten(regios: RegioRij[], perSegment: Map<number, number>, seed: number, toeval: Toeval): CopyWaarde[][] {
  const rijen: CopyWaarde[][] = [];
  let nr = 0;
  for (const r of regios) {
    for (const s of SEGMENTEN) {
      const sjablonen = PRODUCTEN.filter((p) => p.segment === s.nummer);
      const lijst: ProductRij[] = [];
      for (let j = 0; j < perSegment.get(s.nummer)!; j++) {
        const sjabloon = sjablonen[j % sjablonen.length]!;
        const variant = Math.floor(j / sjablonen.length);
        const code = `${sjabloon.categorie}${SEGMENT_LETTER[s.nummer - 1]}${j.toString(36).toUpperCase().padStart(2, '0')}`;
        const id = uuidVoor(seed, 'product', ++nr);
        const factor = variant === 0 ? 1 : 0.85 + toeval.getal() * 0.3;
        lijst.push({ id, sjabloon, prijzen: sjabloon.prijs2025 === null ? null : prijsreeks(Math.round(sjabloon.prijs2025 * factor)) });
        rijen.push([id, r.id, r.segmentIds.get(s.nummer)!, sjabloon.categorie, code,
          variant === 0 ? sjabloon.naam : `${sjabloon.naam} (variant ${variant + 1})`, sjabloon.eenheid, sjabloon.frequentie,
          sjabloon.variant, sjabloon.normDuurDagen, sjabloon.normIntensiteit]);
      }
      r.producten.set(s.nummer, lijst);
    }
  }
  return rijen;
}

/** Prices per tariff year such that the 2025 price is `prijs2025` and each year is indexed on the previous. */
function prijsreeks(prijs2025: number): number[] {
  const i2025 = TARIEFJAREN.findIndex((j) => j.jaar === 2025);
  const prijzen = new Array<number>(TARIEFJAREN.length);
  prijzen[i2025] = prijs2025;
  for (let i = i2025 - 1; i >= 0; i--) prijzen[i] = Math.round(prijzen[i + 1]! / (1 + TARIEFJAREN[i + 1]!.index! / 100));
  for (let i = i2025 + 1; i < TARIEFJAREN.length; i++) prijzen[i] = Math.round(prijzen[i - 1]! * (1 + TARIEFJAREN[i]!.index! / 100));
  return prijzen;
}

/**
 * Contracts: first one per region × segment (so every segment can be allocated), then regions by young population
 * and segments by their share. Providers: the first contracts go to every provider once; the rest Zipf-distributed,
 * so a few providers hold many contracts and most hold one or two (the fragmented landscape regions report).
 */
function maakContracten(regios: RegioRij[], aanbieders: number, aantal: number, seed: number, toeval: Toeval): ContractRij[] {
  const regioCum = cumulatief(regios.map((r) => r.regio.gemeenten.reduce((a, g) => a + g.jeugdigen, 0)));
  const segmentCum = cumulatief(SEGMENTEN.map((s) => s.contractAandeel));
  const gezien = new Set<string>();
  const contracten: ContractRij[] = [];
  const minimum = regios.length * SEGMENTEN.length;
  for (let i = 0; i < aantal; i++) {
    const regio = i < minimum ? regios[Math.floor(i / SEGMENTEN.length)]! : regios[kiesGewogen(toeval, regioCum)]!;
    const segment = i < minimum ? SEGMENTEN[i % SEGMENTEN.length]! : SEGMENTEN[kiesGewogen(toeval, segmentCum)]!;
    let aanbieder = i < aanbieders ? (i * 7_919) % aanbieders : toeval.zipf(aanbieders);
    for (let poging = 0; gezien.has(`${aanbieder}:${regio.id}:${segment.nummer}`) && poging < 8; poging++) {
      aanbieder = poging < 4 ? toeval.zipf(aanbieders) : toeval.int(aanbieders);
    }
    gezien.add(`${aanbieder}:${regio.id}:${segment.nummer}`);
    const id = uuidVoor(seed, 'contract', i + 1);
    const reference = `${regio.regio.code}-S${segment.nummer}-${String(i + 1).padStart(6, '0')}`;
    const lot = toeval.getal();
    const status = lot < 0.02 ? 'terminated' : lot < 0.03 ? 'suspended' : 'active';
    const gemeente = toeval.kans(0.03) ? regio.gemeenteIds[toeval.int(regio.gemeenteIds.length)]! : null;
    const jeugdigenRegio = regio.regio.gemeenten.reduce((a, g: Gemeente) => a + g.jeugdigen, 0);
    let start = '2023-01-01';
    let end = status === 'terminated' ? '2024-06-30' : '2026-12-31';
    let tacit = false;
    let renewal: number | null = 12;
    let notice = 6;
    let latest: string | null = status === 'terminated' ? null : '2028-12-31';
    let lumpsum: number | null = null;
    let admission: string | null = null;
    if (segment.inkoop === 'open_house') {
      // Admission rounds every month from 2023 to 2025; two-year terms renewed tacitly.
      start = `${2023 + toeval.int(3)}-${String(1 + toeval.int(12)).padStart(2, '0')}-01`;
      admission = start;
      if (status === 'terminated') end = start < '2024-06-30' ? '2024-06-30' : '2025-12-31';
      tacit = true;
      renewal = 24;
      latest = status === 'terminated' ? null : '2030-12-31';
    } else if (segment.financiering === 'taakgericht') {
      tacit = true;
      notice = 3;
      latest = null;
      lumpsum = Math.round((LUMPSUM_PER_JAAR[segment.nummer]! * (jeugdigenRegio / 80_000) * (0.6 + 0.8 * toeval.getal())) / 100_000) * 100_000;
    }
    contracten.push({
      id, regio, segment, aanbieder, actief: status === 'active',
      waarden: [id, uuidVoor(seed, 'provider', aanbieder + 1), regio.id, gemeente, regio.segmentIds.get(segment.nummer)!, reference,
        start, end, tacit, renewal, notice, latest, status, lumpsum, admission],
    });
  }
  return contracten;
}

/** Providers with AGB 80xxxxxx (fictional range; the demo region uses 98xxxxxx); Open House admitted at their first admission. */
function maakAanbieders(aantal: number, contracten: ContractRij[], regios: RegioRij[], seed: number, toeval: Toeval): CopyWaarde[][] {
  const toelating = new Map<number, string>();
  const thuis = new Map<number, RegioRij>();
  for (const c of contracten) {
    if (!thuis.has(c.aanbieder)) thuis.set(c.aanbieder, c.regio);
    const datum = c.waarden[14] as string | null;
    if (datum && (!toelating.has(c.aanbieder) || datum < toelating.get(c.aanbieder)!)) toelating.set(c.aanbieder, datum);
  }
  const soorten = ['Stichting', 'Zorggroep', 'Praktijk', 'Jeugdhulp', 'Centrum', 'Begeleiding', 'Gezinshuis', 'Zorgboerderij'];
  const rijen: CopyWaarde[][] = [];
  for (let i = 0; i < aantal; i++) {
    const regio = thuis.get(i) ?? regios[i % regios.length]!;
    const plaats = regio.regio.gemeenten[toeval.int(regio.regio.gemeenten.length)]!.naam;
    const admitted = toelating.get(i) ?? null;
    rijen.push([uuidVoor(seed, 'provider', i + 1), `80${String(i).padStart(6, '0')}`,
      String(10_000_000 + toeval.int(89_999_999)), `${soorten[toeval.int(soorten.length)]} ${plaats} ${i + 1}`,
      admitted ? 'admitted' : 'none', admitted]);
  }
  return rijen;
}

/**
 * Tariff periods: the harmonised tariff of every priced product per year, and for tendered segments each active
 * contract's own offer (94–104% of the harmonised price) on enough of its segment's products to reach the target.
 * Per year one closed period, the last open ended, each linked to and indexed on the previous.
 */
function maakTarieven(regios: RegioRij[], contracten: ContractRij[], doel: number, seed: number, toeval: Toeval): CopyWaarde[][] {
  const rijen: CopyWaarde[][] = [];
  let nr = 0;
  const perioden = (eigenaar: { contract: string | null; regio: string | null }, product: string, prijzen: number[]) => {
    let vorige: string | null = null;
    TARIEFJAREN.forEach(({ jaar, index }, i) => {
      const id = uuidVoor(seed, 'tariff', ++nr);
      const laatste = i === TARIEFJAREN.length - 1;
      rijen.push([id, eigenaar.contract, eigenaar.regio, product, prijzen[i]!, `${jaar}-01-01`, laatste ? null : `${jaar}-12-31`,
        index, vorige]);
      vorige = id;
    });
  };
  for (const r of regios) {
    for (const lijst of r.producten.values()) {
      for (const p of lijst) if (p.prijzen) perioden({ contract: null, regio: r.id }, p.id, p.prijzen);
    }
  }
  const aanbesteed = contracten.filter((c) => c.segment.contractTarieven && c.actief);
  // Spread the remaining product lines evenly: `basis` each, one more for the first `extra` contracts.
  const regels = Math.max(aanbesteed.length, Math.round((doel - rijen.length) / TARIEFJAREN.length));
  const basis = Math.floor(regels / Math.max(1, aanbesteed.length));
  const extra = regels - basis * aanbesteed.length;
  aanbesteed.forEach((c, k) => {
    const kandidaten = c.regio.producten.get(c.segment.nummer)!.filter((p) => p.prijzen && p.sjabloon.eenheid !== '83');
    const n = Math.min(basis + (k < extra ? 1 : 0), kandidaten.length);
    for (let j = 0; j < n; j++) {
      const p = kandidaten[(k + j) % kandidaten.length]!;
      const factor = 0.94 + toeval.getal() * 0.1;
      perioden({ contract: c.id, regio: null }, p.id, p.prijzen!.map((x) => Math.round(x * factor)));
    }
  });
  return rijen;
}

/**
 * Budgets per municipality × segment × year by young population, and the region's shared budget for the heavy
 * segments (1, 5). Amounts are multiplied by `schaal`, like the care volume, so over/under-spending means the
 * same at every scale. 3.5% growth a year around 2025.
 */
function maakBudgetten(regios: RegioRij[], schaal: number, seed: number, toeval: Toeval): CopyWaarde[][] {
  const rijen: CopyWaarde[][] = [];
  let nr = 0;
  const bedrag = (jeugdigen: number, perJeugdige: number, jaar: number) =>
    Math.max(0, Math.round((jeugdigen * perJeugdige * schaal * (1 + 0.035 * (jaar - 2025)) * (0.9 + 0.2 * toeval.getal())) / 100) * 100);
  for (const r of regios) {
    r.regio.gemeenten.forEach((g, i) => {
      for (const s of SEGMENTEN) {
        if (s.budgetPerJeugdige === null) continue;
        for (const jaar of BUDGETJAREN) {
          rijen.push([uuidVoor(seed, 'budget', ++nr), r.gemeenteIds[i]!, null, r.segmentIds.get(s.nummer)!, jaar,
            bedrag(g.jeugdigen, s.budgetPerJeugdige, jaar)]);
        }
      }
    });
    const jeugdigen = r.regio.gemeenten.reduce((a, g) => a + g.jeugdigen, 0);
    for (const [segment, perJeugdige] of Object.entries(REGIOBUDGET_PER_JEUGDIGE)) {
      for (const jaar of BUDGETJAREN) {
        rijen.push([uuidVoor(seed, 'budget', ++nr), null, r.id, r.segmentIds.get(Number(segment))!, jaar,
          bedrag(jeugdigen, perJeugdige, jaar)]);
      }
    }
  }
  return rijen;
}
