/**
 * The purchasing data as the care generator needs it, indexed in memory: contracts per region × segment, products per
 * region × segment, tariff periods per contract × product and region × product. `contractInForce` and `tariefOp`
 * answer what integration/zorg/contract.sql.ts findContractInForce answers for the real path, so a generated
 * allocation carries the contract and tariff the pipeline would have given it.
 */
import type pg from 'pg';
import { dag } from './datum.js';
import { leesContracten, leesGemeenten, leesProducten, leesTarieven } from './inkoopLezen.sql.js';

export interface GemeenteInfo {
  cbsCode: string;
  regionId: string;
  jeugdigen: number;
}

export interface ContractInfo {
  id: string;
  regionId: string;
  /** CBS code of the municipality of a local contract, else null. */
  gemeenteCode: string | null;
  segment: number;
  agb: string;
  start: number;
  eind: number | null;
}

export interface ProductInfo {
  id: string;
  regionId: string;
  segmentId: string;
  segment: number;
  taakgericht: boolean;
  categorie: string;
  code: string;
  eenheid: string;
  frequentie: string;
  outputgericht: boolean;
  normDuurDagen: number | null;
  normIntensiteit: number | null;
}

export interface Tarief {
  id: string;
  prijs: number;
  van: number;
  tot: number | null;
}

export interface ZorgInkoop {
  gemeenten: GemeenteInfo[];
  contracten: Map<string, ContractInfo[]>;
  producten: Map<string, ProductInfo[]>;
  tarieven: Map<string, Tarief[]>;
}

const sleutel = (a: string, b: string | number) => `${a}|${b}`;

export async function leesZorgInkoop(client: pg.PoolClient): Promise<ZorgInkoop> {
  const gemeenten = (await client.query<{ cbs_code: string; region_id: string; youth_population: number }>(leesGemeenten.text)).rows
    .map((r) => ({ cbsCode: r.cbs_code, regionId: r.region_id, jeugdigen: r.youth_population }));
  const contracten = new Map<string, ContractInfo[]>();
  for (const r of (await client.query<{ id: string; region_id: string; gemeente_code: string | null; segment: number; agb_code: string;
    start_date: string; end_date: string | null }>(leesContracten.text)).rows) {
    const c: ContractInfo = { id: r.id, regionId: r.region_id, gemeenteCode: r.gemeente_code, segment: r.segment, agb: r.agb_code,
      start: dag(r.start_date), eind: r.end_date === null ? null : dag(r.end_date) };
    const k = sleutel(c.regionId, c.segment);
    (contracten.get(k) ?? contracten.set(k, []).get(k)!).push(c);
  }
  const producten = new Map<string, ProductInfo[]>();
  for (const r of (await client.query<{ id: string; region_id: string; segment_id: string; segment: number; funding_model: string; category: string;
    code: string; unit: string; frequency: string; allocation_variant: string; norm_duration_days: number | null; norm_intensity: number | null }>(
    leesProducten.text)).rows) {
    const p: ProductInfo = { id: r.id, regionId: r.region_id, segmentId: r.segment_id, segment: r.segment, taakgericht: r.funding_model === 'taakgericht',
      categorie: r.category, code: r.code, eenheid: r.unit, frequentie: r.frequency, outputgericht: r.allocation_variant === 'outputgericht',
      normDuurDagen: r.norm_duration_days, normIntensiteit: r.norm_intensity };
    const k = sleutel(p.regionId, p.segment);
    (producten.get(k) ?? producten.set(k, []).get(k)!).push(p);
  }
  const tarieven = new Map<string, Tarief[]>();
  for (const r of (await client.query<{ id: string; contract_id: string | null; region_id: string | null; product_id: string; price_cents: number;
    valid_from: string; valid_to: string | null }>(leesTarieven.text)).rows) {
    const k = sleutel(r.contract_id ?? r.region_id!, r.product_id);
    (tarieven.get(k) ?? tarieven.set(k, []).get(k)!).push({ id: r.id, prijs: r.price_cents, van: dag(r.valid_from),
      tot: r.valid_to === null ? null : dag(r.valid_to) });
  }
  return { gemeenten, contracten, producten, tarieven };
}

export function productenVan(inkoop: ZorgInkoop, regionId: string, segment: number): ProductInfo[] {
  return inkoop.producten.get(sleutel(regionId, segment)) ?? [];
}

/** Contracts of the region × segment this municipality may allocate under on `ingang` (local contracts of others excluded). */
export function contractenVan(inkoop: ZorgInkoop, g: GemeenteInfo, segment: number, ingang: number): ContractInfo[] {
  return (inkoop.contracten.get(sleutel(g.regionId, segment)) ?? [])
    .filter((c) => (c.gemeenteCode === null || c.gemeenteCode === g.cbsCode) && c.start <= ingang && (c.eind === null || c.eind >= ingang));
}

/**
 * findContractInForce for a chosen provider: its active contracts in the region and segment (regional or this
 * municipality's), started by `ingang`, running through `einde`; a local contract first, then the latest start, then id.
 */
export function contractInForce(inkoop: ZorgInkoop, g: GemeenteInfo, segment: number, agb: string, ingang: number, einde: number | null):
  ContractInfo | undefined {
  const kandidaten = (inkoop.contracten.get(sleutel(g.regionId, segment)) ?? []).filter((c) => c.agb === agb
    && (c.gemeenteCode === null || c.gemeenteCode === g.cbsCode) && c.start <= ingang && (c.eind === null || (einde !== null && c.eind >= einde)));
  kandidaten.sort((a, b) => Number(b.gemeenteCode !== null) - Number(a.gemeenteCode !== null) || b.start - a.start || (a.id < b.id ? -1 : 1));
  return kandidaten[0];
}

/** The tariff on `datum`: the contract's own for the product, else the region's harmonised one (as findContractInForce and TR418). */
export function tariefOp(inkoop: ZorgInkoop, contract: ContractInfo, product: ProductInfo, datum: number): Tarief | undefined {
  const geldig = (k: string) => inkoop.tarieven.get(k)?.find((t) => t.van <= datum && (t.tot === null || t.tot >= datum));
  return geldig(sleutel(contract.id, product.id)) ?? geldig(sleutel(contract.regionId, product.id));
}
